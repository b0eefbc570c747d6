using System.Xml.Linq;

namespace Obligations.Cli.Tests.Coverage;

/// <summary>
/// Coverage of a four-condition rule set whose figures are worked out by hand: two cases, both paid and not
/// exempt, one above the threshold and one below. The trigger and the when clause each hold once and fail once;
/// the unless never holds and the done test never fails, so 6 of the 8 outcomes are seen (75%). The rule can be
/// not applicable, complied, breached or excused by its form and reaches only the first two (2 of 4).
/// </summary>
public sealed class SmallRuleSetCoverageTests : IDisposable
{
    private const string Rules = """
        module fee
        party company "A company"
        fact amount: int
        fact paid: bool
        fact exempt: bool
        trigger large when amount >= 100
        measure pay "Pay the fee" { done when paid }
        obligation pay_fee {
            holder company
            when large
            must pay
            unless exempt
        }
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("oblc-coverage-").FullName;

    public SmallRuleSetCoverageTests()
    {
        var set = Path.Combine(_dir, "fee");
        Directory.CreateDirectory(Path.Combine(set, "cases"));
        File.WriteAllText(Path.Combine(set, "fee.obl"), Rules);
        File.WriteAllText(Path.Combine(set, "cases", "large.json"), Case(200, "complied"));
        File.WriteAllText(Path.Combine(set, "cases", "small.json"), Case(50, "not_applicable"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Case(int amount, string status) =>
        $$"""{ "now": "2026-01-01T00:00:00Z", "facts": { "amount": {{amount}}, "paid": true, "exempt": false }, "expect": { "rules": { "pay_fee": "{{status}}" } } }""";

    [Fact]
    public void Text_report_gives_the_hand_computed_figures()
    {
        var (exit, stdout, stderr) = CliRunner.Run(_dir, "test", ".", "--coverage");
        Assert.True(exit == 0, stdout + stderr);
        var lines = stdout.Replace("\r\n", "\n").Split('\n');
        Assert.Contains("coverage of fee (2 cases): conditions 75.0% (6/8), statuses 50.0% (2/4)", lines);
        Assert.Contains("  obligation pay_fee: not_applicable 1, complied 1; never breached, excused", lines);
        Assert.Contains(lines, l => l.StartsWith("    covered     held 1, failed 1  when large at fee/fee.obl(10,10)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("    never held  held 0, failed ", StringComparison.Ordinal) && l.Contains("unless exempt at fee/fee.obl(12,12)"));
        Assert.Contains(lines, l => l.StartsWith("    never fails held ", StringComparison.Ordinal) && l.Contains("done when paid at fee/fee.obl(7,39)"));
        Assert.Contains("coverage: conditions 75.0% (6/8), statuses 50.0% (2/4); 1 rule never breached, 0 consequences never applied", lines);
        Assert.Equal("2 passed, 0 failed", lines.Last(l => l.Length > 0));
    }

    [Fact]
    public void Min_coverage_fails_the_run_only_below_the_threshold()
    {
        var at = CliRunner.Run(_dir, "test", ".", "--min-coverage", "75");
        Assert.True(at.ExitCode == 0, at.Stdout + at.Stderr);
        var above = CliRunner.Run(_dir, "test", ".", "--min-coverage", "75.5");
        Assert.Equal(1, above.ExitCode);
        Assert.Contains("oblc: condition coverage 75.0% is below --min-coverage 75.5", above.Stderr);
        Assert.Contains("2 passed, 0 failed", above.Stdout);
        var invalid = CliRunner.Run(_dir, "test", ".", "--min-coverage", "150");
        Assert.Equal(2, invalid.ExitCode);
        Assert.Contains("--min-coverage: expected a percentage from 0 to 100", invalid.Stderr);
    }

    [Fact]
    public void Lcov_maps_conditions_to_obl_lines_with_held_and_failed_branches()
    {
        var (exit, stdout, stderr) = CliRunner.Run(_dir, "test", ".", "--coverage-format", "lcov", "--coverage-output", "lcov.info");
        Assert.True(exit == 0, stdout + stderr);
        var lcov = File.ReadAllText(Path.Combine(_dir, "lcov.info")).Split('\n');
        Assert.Equal("SF:" + Path.Combine(_dir, "fee", "fee.obl"), lcov[1]);
        Assert.Contains("FN:8,pay_fee", lcov);
        Assert.Contains("FNDA:1,pay_fee", lcov);
        Assert.Contains("BRDA:6,0,0,1", lcov);
        Assert.Contains("BRDA:6,0,1,1", lcov);
        Assert.Contains("BRDA:12,2,0,0", lcov);
        Assert.Contains("BRF:8", lcov);
        Assert.Contains("BRH:6", lcov);
        Assert.Contains("DA:10,2", lcov);
        Assert.Equal(["DA:6,2", "DA:7", "DA:10,2", "DA:12"], lcov.Where(l => l.StartsWith("DA:", StringComparison.Ordinal)).Select(l => l.StartsWith("DA:7", StringComparison.Ordinal) || l.StartsWith("DA:12", StringComparison.Ordinal) ? l[..l.IndexOf(',')] : l));
        Assert.Equal("end_of_record", lcov[^2]);
    }

    [Fact]
    public void Cobertura_report_has_rates_and_condition_coverage_per_line()
    {
        var (exit, stdout, stderr) = CliRunner.Run(_dir, "test", ".", "--coverage-format", "cobertura");
        Assert.True(exit == 0, stdout + stderr);
        var xml = XDocument.Load(Path.Combine(_dir, "coverage.cobertura.xml"));
        var root = xml.Root!;
        Assert.Equal("0.75", root.Attribute("branch-rate")!.Value);
        Assert.Equal("6", root.Attribute("branches-covered")!.Value);
        Assert.Equal("8", root.Attribute("branches-valid")!.Value);
        var file = root.Descendants("class").Single();
        Assert.Equal("fee/fee.obl", file.Attribute("filename")!.Value);
        var line6 = file.Element("lines")!.Elements("line").Single(l => l.Attribute("number")!.Value == "6");
        Assert.Equal("100% (2/2)", line6.Attribute("condition-coverage")!.Value);
        Assert.Equal("pay_fee", file.Element("methods")!.Elements("method").Single().Attribute("name")!.Value);
        Assert.Equal(["6", "7", "10", "12"], file.Element("lines")!.Elements("line").Select(l => l.Attribute("number")!.Value));
    }
}
