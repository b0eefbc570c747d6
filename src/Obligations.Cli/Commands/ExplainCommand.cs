using System.CommandLine;
using System.Text.RegularExpressions;
using Obligations.Diagnostics;

namespace Obligations.Cli.Commands;

/// <summary><c>oblc explain OBL1002</c>: prints the code's entry from docs/diagnostics.md (embedded in oblc).</summary>
public static partial class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var code = new Argument<string>("code") { Description = "A diagnostic code, e.g. OBL1002" };
        var command = new Command("explain", "Print the documentation of a diagnostic code.") { code };
        command.SetAction(parse =>
        {
            var id = parse.GetValue(code)!.Trim().ToUpperInvariant();
            if (DiagnosticDescriptors.All.All(d => d.Id != id))
            {
                stderr.WriteLine($"oblc: {parse.GetValue(code)}: not a diagnostic code; codes look like OBL1002 (see docs/diagnostics.md)");
                return ExitCodes.Usage;
            }
            if (Entry(id) is not { } entry)
            {
                stderr.WriteLine($"oblc: {id}: has no entry in the embedded documentation");
                return ExitCodes.Internal;
            }
            stdout.WriteLine(entry);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The markdown of a code's entry: its heading down to the next heading of the same or a higher level.</summary>
    public static string? Entry(string id)
    {
        using var stream = typeof(ExplainCommand).Assembly.GetManifestResourceStream("diagnostics.md");
        if (stream is null) return null;
        var text = new StreamReader(stream).ReadToEnd().Replace("\r\n", "\n");
        var start = text.IndexOf($"\n### {id} — ", StringComparison.Ordinal);
        if (start < 0) return null;
        var body = text.IndexOf('\n', start + 1);
        var next = NextHeading().Match(text, body < 0 ? text.Length : body);
        var entry = next.Success ? text[(start + 1)..next.Index] : text[(start + 1)..];
        return AnchorLine().Replace(entry, string.Empty).TrimEnd();
    }

    [GeneratedRegex(@"^#{1,3} ", RegexOptions.Multiline)]
    private static partial Regex NextHeading();

    [GeneratedRegex(@"^<a id=""obl\d{4}""></a>\n", RegexOptions.Multiline)]
    private static partial Regex AnchorLine();
}
