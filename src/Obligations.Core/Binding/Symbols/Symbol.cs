using Obligations.Syntax;
using Obligations.Text;

namespace Obligations.Binding;

public enum SymbolKind
{
    Enum, EnumMember, Record, Field, Fact, Party, Define, Threshold, Criterion, Trigger, Measure, Rule, Consequence,
}

/// <summary>
/// A declared thing. Symbols are created and completed by the binder; once a <see cref="BoundProgram"/> is
/// returned they never change, so they can be shared across threads.
/// </summary>
public abstract class Symbol
{
    protected Symbol(string name, SyntaxTree tree, SyntaxNode declaration, IdentifierSyntax nameSyntax, string? docComment, CitationSyntax? citation)
    {
        Name = name;
        Tree = tree;
        Declaration = declaration;
        NameSyntax = nameSyntax;
        DocComment = docComment;
        Citation = citation?.Text;
    }

    public string Name { get; }
    public abstract SymbolKind Kind { get; }
    public SyntaxTree Tree { get; }
    public SyntaxNode Declaration { get; }
    public IdentifierSyntax NameSyntax { get; }
    public string ModuleName => Tree.ModuleName;
    public string? DocComment { get; }

    /// <summary>The legal source the declaration cites, e.g. "Finding 13(a); UN GGE Report 2021, para. 55".</summary>
    public string? Citation { get; }

    public Location Location => Tree.GetLocation(NameSyntax.Span);

    /// <summary>How the kind reads in messages: "obligation", "enum member".</summary>
    public virtual string KindDisplay => Kind switch
    {
        SymbolKind.EnumMember => "enum member",
        _ => Kind.ToString().ToLowerInvariant(),
    };

    public override string ToString() => $"{KindDisplay} {Name}";
}
