using System.Collections.Immutable;

namespace Obligations.Syntax;

// Clauses of measures, rules and consequences. Each clause starts with its own keyword, which is what
// lets the parser recover clause by clause in broken text.

public abstract class MeasureClauseSyntax : SyntaxNode;

/// <summary><c>done when cond [on date]</c>.</summary>
public sealed class DoneClauseSyntax(ExpressionSyntax condition, ExpressionSyntax? completedOn) : MeasureClauseSyntax
{
    public ExpressionSyntax Condition { get; } = condition;
    public ExpressionSyntax? CompletedOn { get; } = completedOn;

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Condition);
        Add(children, CompletedOn);
    }
}

/// <summary><c>incompatible with a, b</c>.</summary>
public sealed class IncompatibleClauseSyntax(ImmutableArray<IdentifierSyntax> measures) : MeasureClauseSyntax
{
    public ImmutableArray<IdentifierSyntax> Measures { get; } = measures;

    internal override void AppendChildren(List<SyntaxNode> children) => Add(children, Measures);
}

public abstract class RuleClauseSyntax : SyntaxNode;

public sealed class HolderClauseSyntax(IdentifierSyntax party) : RuleClauseSyntax
{
    public IdentifierSyntax Party { get; } = party;

    internal override void AppendChildren(List<SyntaxNode> children) => children.Add(Party);
}

/// <summary><c>when cond [source "…"]</c>; also used for consequence conditions.</summary>
public sealed class WhenClauseSyntax(ExpressionSyntax condition, CitationSyntax? citation) : RuleClauseSyntax
{
    public ExpressionSyntax Condition { get; } = condition;
    public CitationSyntax? Citation { get; } = citation;

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Condition);
        Add(children, Citation);
    }
}

public sealed class StandingClauseSyntax : RuleClauseSyntax
{
    internal override void AppendChildren(List<SyntaxNode> children) { }
}

public enum Modality { Must, MustNot, May }

/// <summary><c>must m</c>, <c>must not m</c> or <c>may m</c>.</summary>
public sealed class ModalityClauseSyntax(Modality modality, IdentifierSyntax measure) : RuleClauseSyntax
{
    public Modality Modality { get; } = modality;
    public IdentifierSyntax Measure { get; } = measure;

    internal override void AppendChildren(List<SyntaxNode> children) => children.Add(Measure);
}

/// <summary><c>within duration [after date]</c>.</summary>
public sealed class WithinClauseSyntax(ExpressionSyntax duration, ExpressionSyntax? after) : RuleClauseSyntax
{
    public ExpressionSyntax Duration { get; } = duration;
    public ExpressionSyntax? After { get; } = after;

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Duration);
        Add(children, After);
    }
}

public sealed class UnlessClauseSyntax(ExpressionSyntax condition, CitationSyntax? citation) : RuleClauseSyntax
{
    public ExpressionSyntax Condition { get; } = condition;
    public CitationSyntax? Citation { get; } = citation;

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Condition);
        Add(children, Citation);
    }
}

/// <summary><c>overrides rule because lex_specialis ["why"]</c>.</summary>
public sealed class OverridesClauseSyntax(IdentifierSyntax target, IdentifierSyntax reason, string? explanation) : RuleClauseSyntax
{
    public IdentifierSyntax Target { get; } = target;
    public IdentifierSyntax Reason { get; } = reason;
    public string? Explanation { get; } = explanation;

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Target);
        children.Add(Reason);
    }
}

public abstract class ConsequenceClauseSyntax : SyntaxNode;

public sealed class KindClauseSyntax(IdentifierSyntax kind) : ConsequenceClauseSyntax
{
    public IdentifierSyntax Kind { get; } = kind;

    internal override void AppendChildren(List<SyntaxNode> children) => children.Add(Kind);
}

/// <summary><c>on breach of a, b</c> or <c>on breach of any</c>.</summary>
public sealed class OnBreachClauseSyntax(bool anyRule, ImmutableArray<IdentifierSyntax> rules) : ConsequenceClauseSyntax
{
    public bool AnyRule { get; } = anyRule;
    public ImmutableArray<IdentifierSyntax> Rules { get; } = rules;

    internal override void AppendChildren(List<SyntaxNode> children) => Add(children, Rules);
}

public sealed class ConditionClauseSyntax(ExpressionSyntax condition, CitationSyntax? citation) : ConsequenceClauseSyntax
{
    public ExpressionSyntax Condition { get; } = condition;
    public CitationSyntax? Citation { get; } = citation;

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Condition);
        Add(children, Citation);
    }
}
