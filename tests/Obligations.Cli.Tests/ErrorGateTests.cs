namespace Obligations.Cli.Tests;

/// <summary>
/// Every command answers "has errors?" the same way under any configuration: analysis findings follow
/// <c>obligations.json</c> and suppression comments in check, build and generate alike; a language error can never be
/// switched off (OBL3090 says so); eval, test and schema stop only for language errors.
/// </summary>
public sealed class ErrorGateTests : IDisposable
{
    private const string Conflict = """
        party p
        fact f: bool
        measure m "Do it" source "s" {
            done when f
        }
        obligation o source "s" {
            holder p
            when f
            must m
        }
        prohibition q source "s" {
            holder p
            when f
            must not m
        }
        consequence k source "s" {
            kind responsibility
            on breach of any
        }
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("oblc-gate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string rules, string? configuration = null)
    {
        File.WriteAllText(Path.Combine(_dir, "main.obl"), rules);
        Directory.CreateDirectory(Path.Combine(_dir, "cases"));
        File.WriteAllText(Path.Combine(_dir, "cases", "both.json"),
            """{ "now": "2024-01-01", "facts": { "f": true }, "expect": { "rules": { "o": "complied", "q": "breached" } } }""");
        if (configuration is not null) File.WriteAllText(Path.Combine(_dir, "obligations.json"), configuration);
    }

    private int Exit(params string[] args) => CliRunner.Run(_dir, args).ExitCode;

    private (int Check, int Build, int Generate, int Eval, int Test, int Schema) RunAll() => (
        Exit("check", "."),
        Exit("build", ".", "-o", Path.Combine(_dir, "out", "Rules.dll")),
        Exit("generate", ".", "-o", Path.Combine(_dir, "out", "Rules.g.cs")),
        Exit("eval", ".", "--facts", Path.Combine("cases", "both.json")),
        Exit("test", "."),
        Exit("schema", "."));

    [Fact]
    public void A_conflict_fails_check_build_and_generate_but_its_witness_still_evaluates()
    {
        Write(Conflict);
        Assert.Equal((1, 1, 1, 0, 0, 0), RunAll());
    }

    [Fact]
    public void A_conflict_lowered_in_obligations_json_passes_every_command()
    {
        Write(Conflict, """{ "diagnostics": { "OBL3011": "warning" } }""");
        Assert.Equal((0, 0, 0, 0, 0, 0), RunAll());
    }

    [Fact]
    public void A_suppressed_conflict_passes_every_command()
    {
        Write(Conflict.Replace("obligation o", "// obl-disable-next-line OBL3011\nobligation o"));
        Assert.Equal((0, 0, 0, 0, 0, 0), RunAll());
    }

    [Fact]
    public void A_language_error_cannot_be_switched_off_by_comment_or_configuration()
    {
        var broken = Conflict.Replace("    when f\n    must m", "    when no_such_fact\n    must m");
        Write(broken.Replace("obligation o", "// obl-disable-next-line OBL1002\nobligation o").Replace("    when no_such_fact", "    // obl-disable-next-line OBL1002\n    when no_such_fact"),
            """{ "diagnostics": { "OBL1002": "none" } }""");
        Assert.Equal((1, 1, 1, 1, 1, 1), RunAll());
        var check = CliRunner.Run(_dir, "check", ".");
        Assert.Contains("error OBL1002", check.Stdout);
        Assert.Contains("warning OBL3090: OBL1002 is an error of the language", check.Stdout);
    }
}
