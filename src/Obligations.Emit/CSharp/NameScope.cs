namespace Obligations.Emit.CSharp;

/// <summary>
/// The names taken in one C# scope (a namespace, a class, an enum). A name from the rules keeps its spelling
/// when it can; a clash (with the enclosing type, a generated name or another sanitized name) adds '_'.
/// </summary>
internal sealed class NameScope
{
    /// <summary>
    /// Names no scope gives to a rule's name: members every class or enum inherits (a property <c>Equals</c> would
    /// hide <c>object.Equals</c>, warning CS0108), and <c>value__</c>, the field C# reserves in every enum (CS0076).
    /// </summary>
    private static readonly string[] s_inherited =
    [
        "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals",
        "CompareTo", "GetTypeCode", "HasFlag", "TryFormat", "value__",
    ];

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public NameScope(params string[] reserved)
    {
        foreach (var name in s_inherited) _taken.Add(name);
        foreach (var name in reserved) _taken.Add(name);
    }

    /// <summary>A unique C# name for <paramref name="name"/> in this scope.</summary>
    public string Claim(string name)
    {
        var candidate = CSharpIdentifiers.Sanitize(name);
        while (!_taken.Add(candidate)) candidate += "_";
        return candidate;
    }
}
