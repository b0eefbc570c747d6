using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Obligations.Diagnostics;
using Obligations.Syntax;

namespace Obligations.Analysis.Configuration;

/// <summary>
/// <c>// obl-disable-next-line OBL3001, OBL3002</c> suppresses those codes on the next line of the file;
/// without codes it suppresses every diagnostic there.
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
        foreach (var token in tree.Tokens)
        {
            if (token.Kind != SyntaxTokenKind.Comment) continue;
            var match = DirectivePattern().Match(token.Text.Trim());
            if (!match.Success) continue;
            var line = tree.Text.GetLinePosition(token.Span.End).Line + 1;
            var codes = CodePattern().Matches(match.Groups["codes"].Value).Select(m => m.Value).ToImmutableHashSet(StringComparer.Ordinal);
            result[line] = result.TryGetValue(line, out var existing) && !existing.IsEmpty && !codes.IsEmpty ? existing.Union(codes) : codes;
        }
        return result.ToImmutable();
    }

    public static bool IsSuppressed(ImmutableDictionary<int, ImmutableHashSet<string>> suppressions, Diagnostic diagnostic) =>
        suppressions.TryGetValue(diagnostic.Location.Start.Line, out var codes) && (codes.IsEmpty || codes.Contains(diagnostic.Id));
}
