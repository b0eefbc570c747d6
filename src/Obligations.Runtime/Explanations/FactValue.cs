namespace Obligations.Runtime.Explanations;

/// <summary>A fact a condition read and its value in the evaluated case, as the rules write it: <c>operation.phase = ongoing</c>.</summary>
public sealed record FactValue(string Path, string Value)
{
    public override string ToString() => $"{Path} = {Value}";
}
