using System.Text.RegularExpressions;
using Obligations.Cli.Evaluation;
using Obligations.Cli.Output.Reports;

namespace Obligations.Emit.Tests;

/// <summary>
/// The HTML page and the Markdown report of the README's case, expected in Reports/. Re-baseline with
/// OBL_UPDATE_BASELINES=1; docs/images/eval-report.png is a screenshot of the page (see docs/reports.md).
/// </summary>
public sealed class ReportBaselineTests
{
    private const string Case = "examples/harm-prevention/cases/ransomware-hospital-no-action.json";

    [Theory]
    [InlineData(ReportFormats.Html, "ransomware-hospital-no-action.html")]
    [InlineData(ReportFormats.Markdown, "ransomware-hospital-no-action.md")]
    public void ReportOfTheReadmeCaseMatchesBaseline(string format, string baseline)
    {
        var output = new StringWriter();
        ReportFormats.Write(output, format, "harm_prevention: ransomware-hospital-no-action", [Report()]);
        Baseline.Verify(Path.Combine(TestRules.TestDirectory, "Reports", baseline), output.ToString());
    }

    [Fact]
    public void HtmlPageIsSelfContainedAndLinksEveryReasonToItsLine()
    {
        var output = new StringWriter();
        new HtmlReportWriter(output).Write("t", [Report()]);
        var html = output.ToString();
        Assert.DoesNotMatch(new Regex("<script|<link |src=\"http", RegexOptions.IgnoreCase), html);
        Assert.Contains("<span class=\"status breached\">breached</span> obligation <b>take_action_against_operations</b>", html);
        Assert.Matches(new Regex(@"<a class=""at"" href=""examples/harm-prevention/due_diligence\.obl#L\d+"""), html);
        Assert.Contains("<code>operation.phase</code> = <code>ongoing</code>", html);
        Assert.Contains("as explained under prevent_significant_harm", html);
        Assert.Equal(Regex.Matches(html, "<details").Count, Regex.Matches(html, "</details>").Count);
    }

    private static CaseReport Report()
    {
        var folder = Path.Combine(TestRules.RepoRoot, "examples", "harm-prevention");
        var host = TestRules.Load(TestRules.ParseFolder(folder));
        var json = File.ReadAllText(Path.Combine(TestRules.RepoRoot, Case));
        var facts = FactsFile.Read(json, host);
        return CaseReports.Of(Case, json, host.Evaluate(facts.Facts, facts.Now!.Value), facts.Facts);
    }
}
