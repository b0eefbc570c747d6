using Obligations.Diagnostics;

namespace Obligations.Cli;

/// <summary>
/// How oblc reports a bug in itself: one line naming the internal error and where to report it, exit code 3,
/// the stack trace only with <c>--verbose</c>. Scripts and CI can then tell a crash (3) from rule errors (1).
/// </summary>
public static class InternalErrorReporter
{
    public const string VerboseOption = "--verbose";

    public static readonly string ReportAt = DiagnosticDescriptors.HelpBaseUri + "#" + DiagnosticDescriptors.InternalError.Id.ToLowerInvariant();

    /// <summary>Writes the report for <paramref name="exception"/> and returns the exit code to end with.</summary>
    public static int Report(Exception exception, TextWriter stderr, bool verbose)
    {
        var inner = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        var message = inner.Message.ReplaceLineEndings(" ");
        stderr.WriteLine($"oblc: internal error {DiagnosticDescriptors.InternalError.Id}: {inner.GetType().Name}: {message} " +
            $"(a bug in oblc, not in your rules; please report it with the command and its input files, see {ReportAt}" +
            (verbose ? ")" : $"; {VerboseOption} shows the stack trace)"));
        if (verbose) stderr.WriteLine(inner.ToString());
        return ExitCodes.Internal;
    }

    public static bool IsVerbose(IEnumerable<string> args) => args.Contains(VerboseOption, StringComparer.Ordinal);
}
