namespace Obligations.Runtime;

/// <summary>Marks a flags enum as the set type of <see cref="ElementType"/>: the member with ordinal i is bit i.</summary>
[AttributeUsage(AttributeTargets.Enum)]
public sealed class SetOfAttribute(Type elementType) : Attribute
{
    public Type ElementType { get; } = elementType;
}
