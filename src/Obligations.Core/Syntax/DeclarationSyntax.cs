using System.Collections.Immutable;

namespace Obligations.Syntax;

/// <summary>A top-level declaration: a name, an optional citation and the doc comment written above it.</summary>
public abstract class DeclarationSyntax(IdentifierSyntax name, CitationSyntax? citation) : SyntaxNode
{
    public IdentifierSyntax Name { get; } = name;
    public CitationSyntax? Citation { get; } = citation;

    /// <summary>The text of the <c>///</c> lines directly above, without the slashes; null when there are none.</summary>
    public string? DocComment { get; internal set; }

    /// <summary>The declaration keyword as written (<c>obligation</c>, <c>enum</c>…).</summary>
    public abstract string Keyword { get; }
}

public sealed class EnumDeclarationSyntax(IdentifierSyntax name, bool isOrdered, CitationSyntax? citation, ImmutableArray<EnumMemberSyntax> members)
    : DeclarationSyntax(name, citation)
{
    public bool IsOrdered { get; } = isOrdered;
    public ImmutableArray<EnumMemberSyntax> Members { get; } = members;
    public override string Keyword => "enum";

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Name);
        Add(children, Citation);
        Add(children, Members);
    }
}

public sealed class EnumMemberSyntax(IdentifierSyntax name, CitationSyntax? citation) : SyntaxNode
{
    public IdentifierSyntax Name { get; } = name;
    public CitationSyntax? Citation { get; } = citation;
    public string? DocComment { get; init; }

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Name);
        Add(children, Citation);
    }
}

public sealed class RecordDeclarationSyntax(IdentifierSyntax name, CitationSyntax? citation, ImmutableArray<FieldSyntax> fields)
    : DeclarationSyntax(name, citation)
{
    public ImmutableArray<FieldSyntax> Fields { get; } = fields;
    public override string Keyword => "record";

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Name);
        Add(children, Citation);
        Add(children, Fields);
    }
}

public sealed class FieldSyntax(IdentifierSyntax name, TypeSyntax type, CitationSyntax? citation) : SyntaxNode
{
    public IdentifierSyntax Name { get; } = name;
    public TypeSyntax Type { get; } = type;
    public CitationSyntax? Citation { get; } = citation;
    public string? DocComment { get; init; }

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Name);
        children.Add(Type);
        Add(children, Citation);
    }
}

public sealed class FactDeclarationSyntax(IdentifierSyntax name, TypeSyntax type, CitationSyntax? citation)
    : DeclarationSyntax(name, citation)
{
    public TypeSyntax Type { get; } = type;
    public override string Keyword => "fact";

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Name);
        children.Add(Type);
        Add(children, Citation);
    }
}

public sealed class PartyDeclarationSyntax(IdentifierSyntax name, string? description, CitationSyntax? citation)
    : DeclarationSyntax(name, citation)
{
    public string? Description { get; } = description;
    public override string Keyword => "party";

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Name);
        Add(children, Citation);
    }
}

public sealed class DefineDeclarationSyntax(IdentifierSyntax name, TypeSyntax? type, CitationSyntax? citation, ExpressionSyntax value)
    : DeclarationSyntax(name, citation)
{
    public TypeSyntax? Type { get; } = type;
    public ExpressionSyntax Value { get; } = value;
    public override string Keyword => "define";

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Name);
        Add(children, Type);
        Add(children, Citation);
        children.Add(Value);
    }
}
