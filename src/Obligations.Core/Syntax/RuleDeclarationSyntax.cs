using System.Collections.Immutable;

namespace Obligations.Syntax;

// Declarations of the rule layer: thresholds, triggers, measures, rules and consequences.

public enum ThresholdQuantifier { Any, All }

public sealed class ThresholdDeclarationSyntax(IdentifierSyntax name, CitationSyntax? citation, ThresholdQuantifier quantifier, ImmutableArray<CriterionSyntax> criteria)
    : DeclarationSyntax(name, citation)
{
    public ThresholdQuantifier Quantifier { get; } = quantifier;
    public ImmutableArray<CriterionSyntax> Criteria { get; } = criteria;
    public override string Keyword => "threshold";

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Name);
        Add(children, Citation);
        Add(children, Criteria);
    }
}

public sealed class CriterionSyntax(IdentifierSyntax name, ExpressionSyntax condition, CitationSyntax? citation) : SyntaxNode
{
    public IdentifierSyntax Name { get; } = name;
    public ExpressionSyntax Condition { get; } = condition;
    public CitationSyntax? Citation { get; } = citation;
    public string? DocComment { get; init; }

    /// <summary>The criterion's normative strength (<c>strength contested</c>); null: settled.</summary>
    public StrengthSyntax? Strength { get; init; }

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Name);
        children.Add(Condition);
        Add(children, Citation);
        Add(children, Strength);
    }
}

public sealed class TriggerDeclarationSyntax(IdentifierSyntax name, CitationSyntax? citation, ExpressionSyntax condition)
    : DeclarationSyntax(name, citation)
{
    public ExpressionSyntax Condition { get; } = condition;
    public override string Keyword => "trigger";

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Name);
        Add(children, Citation);
        children.Add(Condition);
    }
}

public sealed class MeasureDeclarationSyntax(IdentifierSyntax name, string? description, CitationSyntax? citation, ImmutableArray<MeasureClauseSyntax> clauses)
    : DeclarationSyntax(name, citation)
{
    public string? Description { get; } = description;
    public ImmutableArray<MeasureClauseSyntax> Clauses { get; } = clauses;
    public override string Keyword => "measure";

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Name);
        Add(children, Citation);
        Add(children, Clauses);
    }
}

public enum RuleKind { Obligation, Prohibition, Permission }

/// <summary>An obligation, prohibition or permission with its clauses in source order.</summary>
public sealed class RuleDeclarationSyntax(RuleKind kind, IdentifierSyntax name, CitationSyntax? citation, ImmutableArray<RuleClauseSyntax> clauses)
    : DeclarationSyntax(name, citation)
{
    public RuleKind Kind { get; } = kind;
    public ImmutableArray<RuleClauseSyntax> Clauses { get; } = clauses;

    public override string Keyword => Kind switch
    {
        RuleKind.Obligation => "obligation",
        RuleKind.Prohibition => "prohibition",
        _ => "permission",
    };

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Name);
        Add(children, Citation);
        Add(children, Clauses);
    }
}

public sealed class ConsequenceDeclarationSyntax(IdentifierSyntax name, CitationSyntax? citation, ImmutableArray<ConsequenceClauseSyntax> clauses)
    : DeclarationSyntax(name, citation)
{
    public ImmutableArray<ConsequenceClauseSyntax> Clauses { get; } = clauses;
    public override string Keyword => "consequence";

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Name);
        Add(children, Citation);
        Add(children, Clauses);
    }
}
