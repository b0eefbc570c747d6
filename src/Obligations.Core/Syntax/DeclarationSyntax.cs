using System.Collections.Immutable;

namespace Obligations.Syntax;

/// <summary>A top-level declaration: a name, an optional citation and the doc comment written above it.</summary>
public abstract record DeclarationSyntax(IdentifierSyntax Name, CitationSyntax? Citation) : SyntaxNode
{
    /// <summary>The text of the <c>///</c> lines directly above, without the slashes; null when there are none.</summary>
    public string? DocComment { get; init; }

    /// <summary>The declaration keyword as written (<c>obligation</c>, <c>enum</c>…).</summary>
    public abstract string Keyword { get; }
}

public sealed record EnumDeclarationSyntax(IdentifierSyntax Name, bool IsOrdered, CitationSyntax? Citation, ImmutableArray<EnumMemberSyntax> Members)
    : DeclarationSyntax(Name, Citation)
{
    public override string Keyword => "enum";
}

public sealed record EnumMemberSyntax(IdentifierSyntax Name, CitationSyntax? Citation) : SyntaxNode
{
    public string? DocComment { get; init; }
}

public sealed record RecordDeclarationSyntax(IdentifierSyntax Name, CitationSyntax? Citation, ImmutableArray<FieldSyntax> Fields)
    : DeclarationSyntax(Name, Citation)
{
    public override string Keyword => "record";
}

public sealed record FieldSyntax(IdentifierSyntax Name, TypeSyntax Type, CitationSyntax? Citation) : SyntaxNode
{
    public string? DocComment { get; init; }
}

public sealed record FactDeclarationSyntax(IdentifierSyntax Name, TypeSyntax Type, CitationSyntax? Citation)
    : DeclarationSyntax(Name, Citation)
{
    public override string Keyword => "fact";
}

public sealed record PartyDeclarationSyntax(IdentifierSyntax Name, string? Description, CitationSyntax? Citation)
    : DeclarationSyntax(Name, Citation)
{
    public override string Keyword => "party";
}

public sealed record DefineDeclarationSyntax(IdentifierSyntax Name, TypeSyntax? Type, CitationSyntax? Citation, ExpressionSyntax Value)
    : DeclarationSyntax(Name, Citation)
{
    public override string Keyword => "define";
}

public enum ThresholdQuantifier { Any, All }

public sealed record ThresholdDeclarationSyntax(IdentifierSyntax Name, CitationSyntax? Citation, ThresholdQuantifier Quantifier, ImmutableArray<CriterionSyntax> Criteria)
    : DeclarationSyntax(Name, Citation)
{
    public override string Keyword => "threshold";
}

public sealed record CriterionSyntax(IdentifierSyntax Name, ExpressionSyntax Condition, CitationSyntax? Citation) : SyntaxNode
{
    public string? DocComment { get; init; }
}

public sealed record TriggerDeclarationSyntax(IdentifierSyntax Name, CitationSyntax? Citation, ExpressionSyntax Condition)
    : DeclarationSyntax(Name, Citation)
{
    public override string Keyword => "trigger";
}

public sealed record MeasureDeclarationSyntax(IdentifierSyntax Name, string? Description, CitationSyntax? Citation, ImmutableArray<MeasureClauseSyntax> Clauses)
    : DeclarationSyntax(Name, Citation)
{
    public override string Keyword => "measure";
}

public enum RuleKind { Obligation, Prohibition, Permission }

/// <summary>An obligation, prohibition or permission with its clauses in source order.</summary>
public sealed record RuleDeclarationSyntax(RuleKind Kind, IdentifierSyntax Name, CitationSyntax? Citation, ImmutableArray<RuleClauseSyntax> Clauses)
    : DeclarationSyntax(Name, Citation)
{
    public override string Keyword => Kind switch
    {
        RuleKind.Obligation => "obligation",
        RuleKind.Prohibition => "prohibition",
        _ => "permission",
    };
}

public sealed record ConsequenceDeclarationSyntax(IdentifierSyntax Name, CitationSyntax? Citation, ImmutableArray<ConsequenceClauseSyntax> Clauses)
    : DeclarationSyntax(Name, Citation)
{
    public override string Keyword => "consequence";
}
