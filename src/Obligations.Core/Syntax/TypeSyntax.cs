namespace Obligations.Syntax;

public abstract class TypeSyntax : SyntaxNode;

/// <summary><c>bool</c>, <c>Capacity</c>, <c>money USD</c> (the currency is the <see cref="Unit"/>).</summary>
public sealed class NamedTypeSyntax(IdentifierSyntax name, IdentifierSyntax? unit) : TypeSyntax
{
    public IdentifierSyntax Name { get; } = name;
    public IdentifierSyntax? Unit { get; } = unit;

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Name);
        Add(children, Unit);
    }
}

/// <summary><c>set of HarmCategory</c>.</summary>
public sealed class SetTypeSyntax(TypeSyntax element) : TypeSyntax
{
    public TypeSyntax Element { get; } = element;

    internal override void AppendChildren(List<SyntaxNode> children) => children.Add(Element);
}
