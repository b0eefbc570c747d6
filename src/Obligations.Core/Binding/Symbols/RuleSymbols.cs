using System.Collections.Immutable;
using Obligations.Syntax;

namespace Obligations.Binding;

// Symbols for the normative part: defines, thresholds, triggers, measures, rules and consequences.

public sealed class DefineSymbol(DefineDeclarationSyntax syntax, SyntaxTree tree)
    : Symbol(syntax.Name.Text, tree, syntax, syntax.Name, syntax.DocComment, syntax.Citation)
{
    public override SymbolKind Kind => SymbolKind.Define;
    public DefineDeclarationSyntax Syntax => syntax;
    public OblType Type { get; internal set; } = OblType.Error;
    public BoundExpression? Value { get; internal set; }
}

public sealed class ThresholdSymbol(ThresholdDeclarationSyntax syntax, SyntaxTree tree)
    : Symbol(syntax.Name.Text, tree, syntax, syntax.Name, syntax.DocComment, syntax.Citation)
{
    public override SymbolKind Kind => SymbolKind.Threshold;
    public ThresholdDeclarationSyntax Syntax => syntax;
    public ThresholdQuantifier Quantifier => syntax.Quantifier;
    public ImmutableArray<CriterionSymbol> Criteria { get; internal set; } = ImmutableArray<CriterionSymbol>.Empty;
}

public sealed class CriterionSymbol(CriterionSyntax syntax, SyntaxTree tree, ThresholdSymbol owner)
    : Symbol(syntax.Name.Text, tree, syntax, syntax.Name, syntax.DocComment, syntax.Citation)
{
    public override SymbolKind Kind => SymbolKind.Criterion;
    public ThresholdSymbol Threshold => owner;
    public CriterionSyntax Syntax => syntax;
    public BoundExpression? Condition { get; internal set; }
    public NormStrength Strength { get; internal set; }
    public string? StrengthCitation { get; internal set; }
}

public sealed class TriggerSymbol(TriggerDeclarationSyntax syntax, SyntaxTree tree)
    : Symbol(syntax.Name.Text, tree, syntax, syntax.Name, syntax.DocComment, syntax.Citation)
{
    public override SymbolKind Kind => SymbolKind.Trigger;
    public TriggerDeclarationSyntax Syntax => syntax;
    public BoundExpression? Condition { get; internal set; }
}

public sealed class MeasureSymbol(MeasureDeclarationSyntax syntax, SyntaxTree tree)
    : Symbol(syntax.Name.Text, tree, syntax, syntax.Name, syntax.DocComment, syntax.Citation)
{
    public override SymbolKind Kind => SymbolKind.Measure;
    public MeasureDeclarationSyntax Syntax => syntax;
    public string? Description => syntax.Description;

    /// <summary>The compliance test (<c>done when</c>); null when the measure has none.</summary>
    public BoundExpression? Done { get; internal set; }

    /// <summary>The date the measure was done (<c>on …</c>); makes the measure time-bound.</summary>
    public BoundExpression? CompletedOn { get; internal set; }

    public bool IsTimeBound => CompletedOn is not null;
    public ImmutableArray<MeasureSymbol> IncompatibleWith { get; internal set; } = ImmutableArray<MeasureSymbol>.Empty;
}

/// <summary>A condition with the citation and clause it came from (for explanations).</summary>
public sealed record BoundCondition(BoundExpression Expression, string? Citation, SyntaxNode Clause);

public enum OverrideReason { LexSpecialis, LexPosterior, LexSuperior }

public sealed record BoundOverride(RuleSymbol Target, OverrideReason Reason, string? Explanation, OverridesClauseSyntax Syntax);

public sealed class RuleSymbol(RuleDeclarationSyntax syntax, SyntaxTree tree)
    : Symbol(syntax.Name.Text, tree, syntax, syntax.Name, syntax.DocComment, syntax.Citation)
{
    public override SymbolKind Kind => SymbolKind.Rule;
    public override string KindDisplay => syntax.Keyword;
    public RuleDeclarationSyntax Syntax => syntax;
    public RuleKind RuleKind => syntax.Kind;
    public PartySymbol? Holder { get; internal set; }
    public bool IsStanding { get; internal set; }
    public ImmutableArray<BoundCondition> Conditions { get; internal set; } = ImmutableArray<BoundCondition>.Empty;
    public Modality? Modality { get; internal set; }
    public MeasureSymbol? Measure { get; internal set; }
    public BoundExpression? Deadline { get; internal set; }
    public BoundExpression? DeadlineAfter { get; internal set; }
    public ImmutableArray<BoundCondition> Exceptions { get; internal set; } = ImmutableArray<BoundCondition>.Empty;
    public ImmutableArray<BoundOverride> Overrides { get; internal set; } = ImmutableArray<BoundOverride>.Empty;
    public NormStrength Strength { get; internal set; }
    public string? StrengthCitation { get; internal set; }

    /// <summary><c>owed to …</c>: the party the duty is owed to.</summary>
    public PartySymbol? OwedTo { get; internal set; }
}

public enum ConsequenceKind { Responsibility, Compensation, Cessation, Reparation, Countermeasures, Penalty, Termination }

public sealed class ConsequenceSymbol(ConsequenceDeclarationSyntax syntax, SyntaxTree tree)
    : Symbol(syntax.Name.Text, tree, syntax, syntax.Name, syntax.DocComment, syntax.Citation)
{
    public override SymbolKind Kind => SymbolKind.Consequence;
    public ConsequenceDeclarationSyntax Syntax => syntax;
    public ConsequenceKind? ConsequenceKind { get; internal set; }

    /// <summary>True for <c>on breach of any</c>: a breach of any rule brings this consequence.</summary>
    public bool FollowsAnyBreach { get; internal set; }
    public ImmutableArray<RuleSymbol> Rules { get; internal set; } = ImmutableArray<RuleSymbol>.Empty;

    /// <summary><c>on not_met of …</c>: non-binding rules whose unmet duty also brings this consequence.</summary>
    public ImmutableArray<RuleSymbol> NotMetRules { get; internal set; } = ImmutableArray<RuleSymbol>.Empty;
    public bool FollowsAnyNotMet { get; internal set; }

    /// <summary><c>owed to …</c>: the injured party the consequence is owed to.</summary>
    public PartySymbol? OwedTo { get; internal set; }
    public ImmutableArray<BoundCondition> Conditions { get; internal set; } = ImmutableArray<BoundCondition>.Empty;
}
