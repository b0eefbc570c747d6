namespace Obligations.Cli.Output.Reports;

/// <summary>The report formats of <c>oblc eval</c> and <c>oblc test</c> besides text (and, for eval, json).</summary>
public static class ReportFormats
{
    public const string Html = "html";
    public const string Markdown = "markdown";

    public static bool IsReport(string? format) => format is Html or Markdown;

    public static void Write(TextWriter writer, string format, string title, IReadOnlyList<CaseReport> cases)
    {
        if (format == Html) new HtmlReportWriter(writer).Write(title, cases);
        else new MarkdownReportWriter(writer).Write(title, cases);
    }
}
