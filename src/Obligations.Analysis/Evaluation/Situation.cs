using System.Collections.Immutable;

namespace Obligations.Analysis.Evaluation;

/// <summary>
/// Fact values and the evaluation instant. Values are bool, decimal (int, decimal, money), TimeSpan,
/// DateTimeOffset, string, EnumMemberSymbol, a set of EnumMemberSymbol, or a record as a
/// dictionary from field name to value.
/// </summary>
public sealed record Situation(ImmutableDictionary<string, object> Facts, DateTimeOffset Now)
{
    /// <summary>The value at a dotted path (<c>operation.phase</c>), or null when it is not given.</summary>
    public object? Get(string path)
    {
        object? current = Facts;
        foreach (var part in path.Split('.'))
        {
            if (current is not IReadOnlyDictionary<string, object> record || !record.TryGetValue(part, out current)) return null;
        }
        return current;
    }
}
