namespace Obligations.Runtime.Json;

/// <summary>"; did you mean 'ongoing'?" for a misspelt enum member or field name in JSON facts: the closest name within a small edit distance.</summary>
internal static class NameSuggestions
{
    public static string For(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance && candidate != name)
            {
                bestDistance = distance;
                best = candidate;
            }
        }
        var limit = Math.Max(1, Math.Min(3, name.Length / 3));
        return best is not null && bestDistance <= limit ? $"; did you mean '{best}'?" : string.Empty;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
