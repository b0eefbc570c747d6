using Obligations.Cli.Evaluation;
using Obligations.Runtime.Hosting;
using Obligations.Runtime.Json;

namespace Obligations.Cli.Output.Reports;

/// <summary>Evaluates a scenario case again for a test report, so the page can explain it beside its failures.</summary>
public static class TestCaseReports
{
    public static CaseReport Evaluate(EvaluatorHost host, string path, string json, IReadOnlyList<string> failures)
    {
        try
        {
            var file = FactsFile.Read(json, host);
            var result = file.Now is { } now ? EvaluationRunner.Run(host, file.Facts, now, out _) : null;
            return CaseReports.Of(path, json, result, file.Facts, failures);
        }
        catch (FactsJsonException)
        {
            return CaseReports.Of(path, json, null, null, failures);
        }
    }
}
