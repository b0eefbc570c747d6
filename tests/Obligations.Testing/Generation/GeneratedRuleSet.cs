namespace Obligations.Testing.Generation;

/// <summary>A generated rule set: its .obl text and the model it was printed from (what situations are made for).</summary>
public sealed record GeneratedRuleSet(
    string Text,
    IReadOnlyList<GenEnum> Enums,
    IReadOnlyList<GenRecord> Records,
    IReadOnlyList<GenValue> Facts,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Consequences,
    LiteralPool Literals)
{
    public override string ToString() => Text;
}
