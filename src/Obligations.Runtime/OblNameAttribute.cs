namespace Obligations.Runtime;

/// <summary>The name a fact, field or enum member has in the rules (and in JSON) when its C# name differs.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class OblNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
