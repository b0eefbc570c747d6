using System.Text.RegularExpressions;
using Obligations.LanguageServer.Protocol;
using Obligations.Text;

namespace Obligations.LanguageServer.Features.CodeActions;

/// <summary>
/// For every diagnostic that says "did you mean 'x'?" (a misspelt name, member, unit or keyword): replace the
/// reported text with the suggestion. Listed first and preferred, so that the correction comes before "create …".
/// </summary>
public sealed partial class ApplySuggestionProvider : ICodeActionProvider
{
    public IEnumerable<CodeAction> Provide(CodeActionRequest request)
    {
        foreach (var diagnostic in request.Diagnostics)
        {
            if (Suggestion(diagnostic.Message) is not { } suggestion) continue;
            var start = request.Document.OffsetOf(diagnostic.Range.Start);
            var end = request.Document.OffsetOf(diagnostic.Range.End);
            if (end <= start) continue;
            yield return CodeActionRequest.Action($"Change to '{suggestion}'", CodeActionKinds.QuickFix, request.Document.Uri,
                request.Document.Text, TextSpan.FromBounds(start, end), suggestion, diagnostic, preferred: true);
        }
    }

    /// <summary>The name a message suggests, or null.</summary>
    public static string? Suggestion(string message) => DidYouMean().Match(message) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"did you mean '([^']+)'\?")]
    private static partial Regex DidYouMean();
}
