namespace Obligations.Testing.Generation;

/// <summary>
/// The random decisions a builder consumes, one at a time. When they run out every answer is 0, and 0 is always the
/// simplest option (no optional clause, a leaf instead of an operator), so a shorter or smaller list — which is what
/// CsCheck shrinks towards — gives a smaller rule set or situation.
/// </summary>
public sealed class Choices(IReadOnlyList<int> values)
{
    private int _next;

    /// <summary>How many choices have been consumed: the rest of the list made no difference.</summary>
    public int Used => _next;

    /// <summary>A number in [0, n).</summary>
    public int Next(int n)
    {
        if (n <= 1) return 0;
        return _next < values.Count ? (int)((uint)values[_next++] % (uint)n) : 0;
    }

    /// <summary>True with about <paramref name="percent"/> % probability; false once the choices are exhausted.</summary>
    public bool Chance(int percent) => Next(100) >= 100 - percent;

    /// <summary>A number in [min, max]; min once the choices are exhausted.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Choices from a seed, for runs outside CsCheck (the long-run console).</summary>
    public static Choices FromSeed(int seed, int count = 2000) => new(Values(seed, count));

    /// <summary>The choice list of a seed: the same on every machine and .NET version (System.Random with a seed is stable).</summary>
    public static int[] Values(int seed, int count)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => random.Next(0, 1 << 16))];
    }
}
