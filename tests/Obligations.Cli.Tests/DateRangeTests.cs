namespace Obligations.Cli.Tests;

/// <summary>A deadline or a date sum past 9999-12-31 is an evaluation error naming the rule and its place, never a crash.</summary>
public sealed class DateRangeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("oblc-dates-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_deadline_past_the_last_representable_date_names_the_rule()
    {
        File.WriteAllText(Path.Combine(_dir, "main.obl"), """
            party p
            fact since: date
            fact done: bool
            measure m "M" source "s" {
                done when done
            }
            obligation o source "s" {
                holder p
                standing
                must m
                within 500 weeks after since
            }
            """);
        File.WriteAllText(Path.Combine(_dir, "case.json"), """{ "now": "2024-01-01", "facts": { "since": "9995-01-01", "done": false } }""");
        var (exit, stdout, stderr) = CliRunner.Run(_dir, "eval", ".", "--facts", "case.json");
        Assert.Equal(1, exit);
        Assert.Contains("main.obl(11,12)", stderr + stdout);
        Assert.Contains("the deadline of 'o'", stderr + stdout);
        Assert.DoesNotContain("   at ", stderr + stdout);
    }
}
