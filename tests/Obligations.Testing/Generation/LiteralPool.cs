namespace Obligations.Testing.Generation;

/// <summary>
/// Every constant a generated rule set mentions, by kind, so that situations can be biased to the boundaries the
/// rules test (equal to a literal, one unit either side).
/// </summary>
public sealed class LiteralPool
{
    public List<decimal> Numbers { get; } = [0m, 1m];
    public Dictionary<string, List<decimal>> Money { get; } = [];
    public List<TimeSpan> Durations { get; } = [TimeSpan.Zero];
    public List<DateTimeOffset> Dates { get; } = [];
    public List<string> Texts { get; } = [""];

    public List<decimal> MoneyOf(string currency) =>
        Money.TryGetValue(currency, out var list) ? list : Money[currency] = [0m];
}
