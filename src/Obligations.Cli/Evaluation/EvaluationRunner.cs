using System.Diagnostics;
using Obligations.Runtime;
using Obligations.Runtime.Hosting;

namespace Obligations.Cli.Evaluation;

/// <summary>Runs an evaluation and turns a failure inside it into a message naming the rule's place, never a stack trace.</summary>
public static class EvaluationRunner
{
    public static EvaluationResult? Run(EvaluatorHost host, object facts, DateTimeOffset now, out string? error)
    {
        error = null;
        try
        {
            return host.Evaluate(facts, now);
        }
        catch (EvaluationException e)
        {
            error = "evaluation failed: " + e.Message;
        }
        catch (Exception e) when (e is ArithmeticException or ArgumentOutOfRangeException)
        {
            // ArgumentOutOfRangeException: date arithmetic past 9999-12-31 in generated code that does not use DateMath.
            // The generated code's #line directives make the failing frame point at the .obl line.
            var frame = new StackTrace(e, fNeedFileInfo: true).GetFrames()
                .FirstOrDefault(f => f.GetFileName()?.EndsWith(".obl", StringComparison.OrdinalIgnoreCase) == true);
            var place = frame is null ? string.Empty : $"{frame.GetFileName()}({frame.GetFileLineNumber()}): ";
            var reason = e is ArgumentOutOfRangeException ? "a date falls outside the dates the evaluator can represent (0001-01-01 to 9999-12-31)" : e.Message;
            error = $"evaluation failed: {place}{reason}";
        }
        return null;
    }
}
