using System.Diagnostics;
using System.Text.Json;

namespace Obligations.Cli.Tests.Diff;

/// <summary>
/// Each folder of tests/Obligations.Cli.Tests/Amendments is an amendment pair: old.obl, new.obl, optional args.txt
/// (extra oblc diff arguments) and expected.txt (the exit code and the text report). OBL_UPDATE_BASELINES=1
/// rewrites expected.txt.
/// </summary>
public sealed class AmendmentPairTests
{
    public static string Folder => Path.Combine(CliRunner.Root, "tests", "Obligations.Cli.Tests", "Amendments");

    public static TheoryData<string> Pairs()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Folder).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(dir));
        return data;
    }

    private static string[] Args(string pair, params string[] first)
    {
        var extra = Path.Combine(Folder, pair, "args.txt");
        return [.. first, .. File.Exists(extra) ? File.ReadAllText(extra).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : []];
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Verdicts_match_the_baseline(string pair)
    {
        var dir = Path.Combine(Folder, pair);
        var (exit, stdout, stderr) = CliRunner.Run(dir, Args(pair, "diff", "old.obl", "new.obl"));
        Assert.Equal("", stderr);
        var actual = $"exit {exit}\n{stdout.Replace("\r\n", "\n")}";
        var path = Path.Combine(dir, "expected.txt");
        if (Environment.GetEnvironmentVariable("OBL_UPDATE_BASELINES") == "1") File.WriteAllText(path, actual);
        Assert.True(File.Exists(path), $"{path} is missing; run with OBL_UPDATE_BASELINES=1 to create it.");
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n"), actual);
    }

    /// <summary>Every change in the JSON report carries a situation and two different statuses; exit 1 exactly when something changed.</summary>
    [Theory]
    [MemberData(nameof(Pairs))]
    public void Json_report_is_consistent(string pair)
    {
        var (exit, stdout, _) = CliRunner.Run(Path.Combine(Folder, pair), Args(pair, "diff", "old.obl", "new.obl", "--format", "json"));
        using var json = JsonDocument.Parse(stdout);
        var changed = json.RootElement.GetProperty("changed").GetBoolean();
        var undecided = json.RootElement.GetProperty("summary").GetProperty("notDecided").GetInt32() > 0;
        Assert.Equal(changed || undecided ? 1 : 0, exit);
        foreach (var entry in json.RootElement.GetProperty("entries").EnumerateArray())
        {
            if (entry.GetProperty("verdict").GetString() != "changed") continue;
            Assert.NotEqual(entry.GetProperty("before").GetString(), entry.GetProperty("after").GetString());
            Assert.True(entry.TryGetProperty("situation", out var s) || entry.TryGetProperty("newSituation", out s));
            Assert.True(s.GetProperty("facts").ValueKind == JsonValueKind.Object);
        }
    }

    /// <summary>The situations replay in the generated evaluators (oblc eval) with the reported before/after statuses.</summary>
    [Theory]
    [InlineData("removed-override")]
    [InlineData("new-exception")]
    public void Situations_replay_in_the_generated_evaluators(string pair)
    {
        var dir = Path.Combine(Folder, pair);
        var (_, stdout, _) = CliRunner.Run(dir, Args(pair, "diff", "old.obl", "new.obl", "--format", "json"));
        using var json = JsonDocument.Parse(stdout);
        var checkedAny = false;
        foreach (var entry in json.RootElement.GetProperty("entries").EnumerateArray())
        {
            if (entry.GetProperty("verdict").GetString() != "changed") continue;
            var section = entry.GetProperty("kind").GetString() == "rule" ? "rules" : "consequences";
            foreach (var (version, name, status) in new[] { ("old", "old", "before"), ("new", "new", "after") })
            {
                var situation = entry.TryGetProperty("situation", out var s) ? s : entry.GetProperty(version + "Situation");
                var file = Path.GetTempFileName();
                try
                {
                    File.WriteAllText(file, situation.GetRawText());
                    var (_, eval, error) = CliRunner.Run(dir, "eval", version + ".obl", "--facts", file, "--format", "json");
                    using var result = JsonDocument.Parse(eval);
                    var actual = result.RootElement.GetProperty(section).GetProperty(entry.GetProperty(name).GetString()!).GetProperty("status").GetString();
                    Assert.True(entry.GetProperty(status).GetString() == actual, $"{pair} {version}: {error}");
                    checkedAny = true;
                }
                finally
                {
                    File.Delete(file);
                }
            }
        }
        Assert.True(checkedAny);
    }

    [Fact]
    public void Git_revisions_give_the_same_verdicts_as_the_files()
    {
        var repo = Directory.CreateTempSubdirectory("obl-diff-git").FullName;
        try
        {
            var pair = Path.Combine(Folder, "tightened-threshold");
            Git(repo, "init", "-q");
            File.Copy(Path.Combine(pair, "old.obl"), Path.Combine(repo, "rules.obl"));
            Git(repo, "add", ".");
            Git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "old");
            File.Copy(Path.Combine(pair, "new.obl"), Path.Combine(repo, "rules.obl"), overwrite: true);
            var (exitWorking, working, _) = CliRunner.Run(repo, "diff", "HEAD");
            Git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qam", "new");
            var (exitRange, range, _) = CliRunner.Run(repo, "diff", "--git", "HEAD~1..HEAD");
            var expected = File.ReadAllText(Path.Combine(pair, "expected.txt")).Replace("\r\n", "\n");
            Assert.Equal(expected, $"exit {exitWorking}\n{working.Replace("\r\n", "\n")}");
            Assert.Equal(expected, $"exit {exitRange}\n{range.Replace("\r\n", "\n")}");
            var (exitBad, _, badError) = CliRunner.Run(repo, "diff", "--git", "nosuchrev..HEAD");
            Assert.Equal(2, exitBad);
            Assert.Contains("nosuchrev", badError);
        }
        finally
        {
            Directory.Delete(repo, recursive: true);
        }
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        var dir = Path.Combine(Folder, "extended-deadline");
        Assert.Equal(2, CliRunner.Run(dir, "diff", "old.obl").ExitCode);
        Assert.Equal(2, CliRunner.Run(dir, "diff", "old.obl", "new.obl", "--rename", "nonsense").ExitCode);
        Assert.Equal(2, CliRunner.Run(dir, "diff", "old.obl", "missing.obl").ExitCode);
    }

    private static void Git(string dir, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
    }
}
