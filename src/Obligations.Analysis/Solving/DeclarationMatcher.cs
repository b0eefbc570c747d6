using System.Text.RegularExpressions;

namespace Obligations.Analysis.Solving;

/// <summary>
/// Pairs the rules (or consequences) of two versions: by an explicit rename, then by name, then a declaration
/// left over on each side whose text is the same but for its name ("identical body").
/// </summary>
internal static partial class DeclarationMatcher
{
    public static List<(T? Old, T? New, string? MatchedBy)> Match<T>(IReadOnlyList<T> old, IReadOnlyList<T> @new,
        Func<T, string> name, Func<T, string> text, IReadOnlyDictionary<string, string> renames) where T : class
    {
        var pairs = new List<(T?, T?, string?)>();
        var unmatchedNew = @new.ToList();
        var unmatchedOld = new List<T>();
        foreach (var o in old)
        {
            var renamed = renames.TryGetValue(name(o), out var target);
            var n = unmatchedNew.FirstOrDefault(x => name(x) == (renamed ? target : name(o)));
            if (n is null) { unmatchedOld.Add(o); continue; }
            unmatchedNew.Remove(n);
            pairs.Add((o, n, renamed ? "--rename" : null));
        }
        foreach (var o in unmatchedOld)
        {
            var body = Body(text(o), name(o));
            var candidates = unmatchedNew.Where(x => Body(text(x), name(x)) == body).ToList();
            if (candidates.Count == 1)
            {
                unmatchedNew.Remove(candidates[0]);
                pairs.Add((o, candidates[0], "identical body"));
            }
            else pairs.Add((o, null, null));
        }
        foreach (var n in unmatchedNew) pairs.Add((null, n, null));
        return pairs;
    }

    /// <summary>The declaration's text with its own name blanked out and whitespace collapsed.</summary>
    private static string Body(string text, string name) =>
        Whitespace().Replace(Regex.Replace(text, $@"\b{Regex.Escape(name)}\b", "_"), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
