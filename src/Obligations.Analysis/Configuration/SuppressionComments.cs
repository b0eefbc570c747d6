using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Obligations.Diagnostics;
using Obligations.Syntax;

namespace Obligations.Analysis.Configuration;

/// <summary>
/// <c>// obl-disable-next-line OBL3001, OBL3002</c> suppresses those codes on the next line of code;
/// without codes it suppresses every diagnostic there. Comment lines in between are skipped, so the
/// directive can stand above a declaration's <c>///</c> doc comment without detaching it.
/// </summary>
public static partial class SuppressionComments
{
    [GeneratedRegex(@"^//\s*obl-disable-next-line\b(?<codes>.*)$")]
    private static partial Regex DirectivePattern();

    [GeneratedRegex(@"OBL\d{4}")]
    private static partial Regex CodePattern();

    /// <summary>Line (0-based) → the codes suppressed on it; an empty set means all codes.</summary>
    public static ImmutableDictionary<int, ImmutableHashSet<string>> Read(SyntaxTree tree)
    {
        var result = ImmutableDictionary.CreateBuilder<int, ImmutableHashSet<string>>();
        var codeLines = tree.Tokens.Where(t => t.Kind is not (SyntaxTokenKind.Comment or SyntaxTokenKind.DocComment))
            .Select(t => tree.Text.GetLinePosition(t.Span.Start).Line).Distinct().Order().ToList();
        foreach (var token in tree.Tokens)
        {
            if (token.Kind != SyntaxTokenKind.Comment) continue;
            var match = DirectivePattern().Match(token.Text.Trim());
            if (!match.Success) continue;
            var after = tree.Text.GetLinePosition(token.Span.End).Line;
            var line = codeLines.FirstOrDefault(l => l > after, after + 1);
            var codes = CodePattern().Matches(match.Groups["codes"].Value).Select(m => m.Value).ToImmutableHashSet(StringComparer.Ordinal);
            result[line] = result.TryGetValue(line, out var existing) && !existing.IsEmpty && !codes.IsEmpty ? existing.Union(codes) : codes;
        }
        return result.ToImmutable();
    }

    public static bool IsSuppressed(ImmutableDictionary<int, ImmutableHashSet<string>> suppressions, Diagnostic diagnostic) =>
        suppressions.TryGetValue(diagnostic.Location.Start.Line, out var codes) && (codes.IsEmpty || codes.Contains(diagnostic.Id));
}
