using System.Collections.Immutable;

namespace Obligations.Syntax;

// Clauses of measures, rules and consequences. Each clause starts with its own keyword, which is what
// lets the parser recover clause by clause in broken text.

public abstract record MeasureClauseSyntax : SyntaxNode;

/// <summary><c>done when cond [on date]</c>.</summary>
public sealed record DoneClauseSyntax(ExpressionSyntax Condition, ExpressionSyntax? CompletedOn) : MeasureClauseSyntax;

/// <summary><c>incompatible with a, b</c>.</summary>
public sealed record IncompatibleClauseSyntax(ImmutableArray<IdentifierSyntax> Measures) : MeasureClauseSyntax;

public abstract record RuleClauseSyntax : SyntaxNode;

public sealed record HolderClauseSyntax(IdentifierSyntax Party) : RuleClauseSyntax;

/// <summary><c>when cond [source "…"]</c>; also used for consequence conditions.</summary>
public sealed record WhenClauseSyntax(ExpressionSyntax Condition, CitationSyntax? Citation) : RuleClauseSyntax;

public sealed record StandingClauseSyntax : RuleClauseSyntax;

public enum Modality { Must, MustNot, May }

/// <summary><c>must m</c>, <c>must not m</c> or <c>may m</c>.</summary>
public sealed record ModalityClauseSyntax(Modality Modality, IdentifierSyntax Measure) : RuleClauseSyntax;

/// <summary><c>within duration [after date]</c>.</summary>
public sealed record WithinClauseSyntax(ExpressionSyntax Duration, ExpressionSyntax? After) : RuleClauseSyntax;

public sealed record UnlessClauseSyntax(ExpressionSyntax Condition, CitationSyntax? Citation) : RuleClauseSyntax;

/// <summary><c>overrides rule because lex_specialis ["why"]</c>.</summary>
public sealed record OverridesClauseSyntax(IdentifierSyntax Target, IdentifierSyntax Reason, string? Explanation) : RuleClauseSyntax;

public abstract record ConsequenceClauseSyntax : SyntaxNode;

public sealed record KindClauseSyntax(IdentifierSyntax Kind) : ConsequenceClauseSyntax;

/// <summary><c>on breach of a, b</c> or <c>on breach of any</c>.</summary>
public sealed record OnBreachClauseSyntax(bool AnyRule, ImmutableArray<IdentifierSyntax> Rules) : ConsequenceClauseSyntax;

public sealed record ConditionClauseSyntax(ExpressionSyntax Condition, CitationSyntax? Citation) : ConsequenceClauseSyntax;
