namespace Obligations.Syntax;

public abstract record TypeSyntax : SyntaxNode;

/// <summary><c>bool</c>, <c>Capacity</c>, <c>money USD</c> (the currency is the <see cref="Unit"/>).</summary>
public sealed record NamedTypeSyntax(IdentifierSyntax Name, IdentifierSyntax? Unit) : TypeSyntax;

/// <summary><c>set of HarmCategory</c>.</summary>
public sealed record SetTypeSyntax(TypeSyntax Element) : TypeSyntax;
