using Obligations.LanguageServer.Protocol;
using Obligations.Syntax;
using Obligations.Text;
using Obligations.Diagnostics;

namespace Obligations.LanguageServer.Features.CodeActions;

/// <summary>
/// For an undefined name after must / must not / may (OBL1002): declare the measure above the rule, with an
/// empty body in which the author writes the compliance test.
/// </summary>
public sealed class CreateMeasureProvider : ICodeActionProvider
{
    public IEnumerable<CodeAction> Provide(CodeActionRequest request)
    {
        foreach (var diagnostic in request.WithCode(c => c == DiagnosticDescriptors.UndefinedName.Id))
        {
            var path = request.Document.Tree.Root.FindPath(request.OffsetOf(diagnostic));
            if (path.OfType<ModalityClauseSyntax>().LastOrDefault() is not { Measure.IsMissing: false } clause) continue;
            if (path.OfType<DeclarationSyntax>().FirstOrDefault() is not { } rule) continue;
            var name = clause.Measure.Text;
            if (request.Model.Program.ByName.ContainsKey(name)) continue;
            var text = request.Document.Text;
            var at = DeclarationStart(text, rule.Span.Start);
            var declaration = $"measure {name} \"{Humanize(name)}\" {{\n    // done when …\n}}\n\n";
            yield return CodeActionRequest.Action($"Create measure '{name}'", CodeActionKinds.QuickFix, request.Document.Uri, text,
                new TextSpan(at, 0), declaration, diagnostic, preferred: ApplySuggestionProvider.Suggestion(diagnostic.Message) is null);
        }
    }

    /// <summary>The start of the declaration's first line, above the doc comment lines that belong to it.</summary>
    public static int DeclarationStart(SourceText text, int declarationStart)
    {
        var line = text.GetLinePosition(declarationStart).Line;
        while (line > 0 && text.GetLineText(line - 1).TrimStart().StartsWith("///", StringComparison.Ordinal)) line--;
        return text.GetOffset(new LinePosition(line, 0));
    }

    private static string Humanize(string name)
    {
        var words = name.Replace('_', ' ').Trim();
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
