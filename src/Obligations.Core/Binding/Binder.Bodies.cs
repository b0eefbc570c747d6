using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Syntax;

namespace Obligations.Binding;

// Bodies of defines, thresholds, triggers, measures, rules and consequences.
internal sealed partial class Binder
{
    internal static readonly ImmutableArray<string> ConsequenceKindNames =
        ["responsibility", "compensation", "cessation", "reparation", "countermeasures", "penalty", "termination"];

    private void BindBodies()
    {
        foreach (var symbol in _symbols)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (symbol)
            {
                case DefineSymbol d: BindDefine(d); break;
                case ThresholdSymbol t:
                    foreach (var criterion in t.Criteria)
                    {
                        criterion.Condition = BindCondition(criterion.Syntax.Condition, t);
                        if (criterion.Syntax.Strength is { } strength)
                            (criterion.Strength, criterion.StrengthCitation) = (BindStrength(strength, t), strength.Citation?.Text);
                    }
                    break;
                case TriggerSymbol t: t.Condition = BindCondition(t.Syntax.Condition, t); break;
                case MeasureSymbol m: BindMeasure(m); break;
                case RuleSymbol r: BindRule(r); break;
                case ConsequenceSymbol c: BindConsequence(c); break;
            }
        }
    }

    private void BindDefine(DefineSymbol define)
    {
        if (define.Syntax.Type is null)
        {
            EnsureDefineType(define);
            return;
        }
        define.Value = BindExpecting(define.Syntax.Value, define, define.Type, $"The value of '{define.Name}'");
    }

    private void BindMeasure(MeasureSymbol measure)
    {
        var incompatible = ImmutableArray.CreateBuilder<MeasureSymbol>();
        foreach (var clause in measure.Syntax.Clauses)
        {
            switch (clause)
            {
                case DoneClauseSyntax done:
                    if (measure.Done is not null)
                        Report(DiagnosticDescriptors.DuplicateClause, Loc(measure, done.Span), "A measure", "done when");
                    measure.Done = BindCondition(done.Condition, measure);
                    if (done.CompletedOn is not null)
                        measure.CompletedOn = BindExpecting(done.CompletedOn, measure, OblType.Date, "The completion date");
                    break;
                case MeasureStrengthClauseSyntax misplaced:
                    Report(DiagnosticDescriptors.MisplacedStrength, Loc(measure, misplaced.Span), "A measure");
                    break;
                case IncompatibleClauseSyntax clash:
                    foreach (var name in clash.Measures)
                        if (ExpectSymbol<MeasureSymbol>(name, measure, "measure") is { } other) incompatible.Add(other);
                    break;
            }
        }
        measure.IncompatibleWith = incompatible.ToImmutable();
    }

    private void BindRule(RuleSymbol rule)
    {
        var conditions = ImmutableArray.CreateBuilder<BoundCondition>();
        var exceptions = ImmutableArray.CreateBuilder<BoundCondition>();
        var overrides = ImmutableArray.CreateBuilder<BoundOverride>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keyword = rule.Syntax.Keyword;
        var strengthBound = false;
        foreach (var clause in rule.Syntax.Clauses)
        {
            var clauseName = clause switch
            {
                HolderClauseSyntax => "holder",
                StandingClauseSyntax => "standing",
                ModalityClauseSyntax => "must/may",
                WithinClauseSyntax => "within",
                StrengthClauseSyntax => "strength",
                OwedToClauseSyntax => "owed to",
                _ => null,
            };
            if (clauseName is not null && !seen.Add(clauseName))
                Report(DiagnosticDescriptors.DuplicateClause, Loc(rule, clause.Span), WithArticle(keyword), clauseName);
            switch (clause)
            {
                case HolderClauseSyntax holder:
                    rule.Holder ??= ExpectSymbol<PartySymbol>(holder.Party, rule, "party");
                    break;
                case OwedToClauseSyntax owed:
                    rule.OwedTo ??= ExpectSymbol<PartySymbol>(owed.Party, rule, "party");
                    break;
                case StandingClauseSyntax:
                    rule.IsStanding = true;
                    break;
                case WhenClauseSyntax whenClause:
                    conditions.Add(new BoundCondition(BindCondition(whenClause.Condition, rule), whenClause.Citation?.Text, whenClause));
                    break;
                case ModalityClauseSyntax modality:
                    BindModality(rule, modality);
                    break;
                case WithinClauseSyntax within:
                    rule.Deadline ??= BindExpecting(within.Duration, rule, OblType.Duration, "A deadline");
                    if (within.After is not null)
                        rule.DeadlineAfter ??= BindExpecting(within.After, rule, OblType.Date, "The start of a deadline");
                    break;
                case UnlessClauseSyntax unless:
                    exceptions.Add(new BoundCondition(BindCondition(unless.Condition, rule), unless.Citation?.Text, unless));
                    break;
                case StrengthClauseSyntax strength when !strengthBound:
                    strengthBound = true;
                    (rule.Strength, rule.StrengthCitation) = (BindStrength(strength.Strength, rule), strength.Strength.Citation?.Text);
                    break;
                case OverridesClauseSyntax o when BindOverride(rule, o) is { } bound:
                    overrides.Add(bound);
                    break;
            }
        }
        if (rule.IsStanding && conditions.Count > 0)
            Report(DiagnosticDescriptors.StandingWithTrigger, rule.Location, rule.Name);
        rule.Conditions = conditions.ToImmutable();
        rule.Exceptions = exceptions.ToImmutable();
        rule.Overrides = overrides.ToImmutable();
    }

    private void BindModality(RuleSymbol rule, ModalityClauseSyntax clause)
    {
        var expected = rule.RuleKind switch
        {
            RuleKind.Obligation => Modality.Must,
            RuleKind.Prohibition => Modality.MustNot,
            _ => Modality.May,
        };
        if (clause.Modality != expected)
            Report(DiagnosticDescriptors.ModalityMismatch, Loc(rule, clause.Span), WithArticle(rule.Syntax.Keyword), Words(expected), Words(clause.Modality));
        rule.Modality ??= clause.Modality;
        rule.Measure ??= ExpectSymbol<MeasureSymbol>(clause.Measure, rule, "measure");
    }

    private static string WithArticle(string noun) => ("aeiou".Contains(noun[0]) ? "An " : "A ") + noun;

    private static string Words(Modality modality) => modality switch
    {
        Modality.Must => "must",
        Modality.MustNot => "must not",
        _ => "may",
    };

    /// <summary>The strength written on a rule (read from syntax: the rule may not be bound yet); null when none.</summary>
    private static string? WrittenStrength(RuleSymbol rule) =>
        rule.Syntax.Clauses.OfType<StrengthClauseSyntax>().FirstOrDefault()?.Strength.Name.Text;

    private NormStrength BindStrength(StrengthSyntax strength, Symbol owner)
    {
        var index = Array.IndexOf(Vocabulary.Strengths, strength.Name.Text);
        if (index >= 0) return (NormStrength)index;
        if (!strength.Name.IsMissing)
            Report(DiagnosticDescriptors.UnknownStrength, Loc(owner, strength.Name.Span), strength.Name.Text, string.Join(", ", Vocabulary.Strengths));
        return NormStrength.Settled;
    }

    private BoundOverride? BindOverride(RuleSymbol rule, OverridesClauseSyntax clause)
    {
        var target = ExpectSymbol<RuleSymbol>(clause.Target, rule, "rule");
        OverrideReason? reason = clause.Reason.Text switch
        {
            "lex_specialis" => OverrideReason.LexSpecialis,
            "lex_posterior" => OverrideReason.LexPosterior,
            "lex_superior" => OverrideReason.LexSuperior,
            _ => null,
        };
        if (reason is null && !clause.Reason.IsMissing)
            Report(DiagnosticDescriptors.UnknownOverrideReason, Loc(rule, clause.Reason.Span), clause.Reason.Text);
        if (target is null) return null;
        if (ReferenceEquals(target, rule))
        {
            Report(DiagnosticDescriptors.SelfOverride, Loc(rule, clause.Target.Span), rule.Name);
            return null;
        }
        return new BoundOverride(target, reason ?? OverrideReason.LexSpecialis, clause.Explanation, clause);
    }

    private void BindConsequence(ConsequenceSymbol consequence)
    {
        var rules = ImmutableArray.CreateBuilder<RuleSymbol>();
        var notMetRules = ImmutableArray.CreateBuilder<RuleSymbol>();
        var conditions = ImmutableArray.CreateBuilder<BoundCondition>();
        foreach (var clause in consequence.Syntax.Clauses)
        {
            switch (clause)
            {
                case KindClauseSyntax kind:
                    if (consequence.ConsequenceKind is not null)
                        Report(DiagnosticDescriptors.DuplicateClause, Loc(consequence, clause.Span), "A consequence", "kind");
                    var index = ConsequenceKindNames.IndexOf(kind.Kind.Text);
                    if (index >= 0) consequence.ConsequenceKind ??= (ConsequenceKind)index;
                    else if (!kind.Kind.IsMissing)
                        Report(DiagnosticDescriptors.UnknownConsequenceKind, Loc(consequence, kind.Kind.Span), kind.Kind.Text, string.Join(", ", ConsequenceKindNames));
                    break;
                case OnBreachClauseSyntax breach:
                    consequence.FollowsAnyBreach |= breach.AnyRule;
                    foreach (var name in breach.Rules)
                        if (ExpectSymbol<RuleSymbol>(name, consequence, "rule") is { } rule)
                        {
                            rules.Add(rule);
                            if (WrittenStrength(rule) is { } written && written != "settled" && Array.IndexOf(Vocabulary.Strengths, written) >= 0)
                                Report(DiagnosticDescriptors.BreachOfNonBindingRule, Loc(consequence, name.Span), rule.Name, written);
                        }
                    break;
                case OnNotMetClauseSyntax notMet:
                    consequence.FollowsAnyNotMet |= notMet.AnyRule;
                    foreach (var name in notMet.Rules)
                        if (ExpectSymbol<RuleSymbol>(name, consequence, "rule") is { } rule)
                        {
                            notMetRules.Add(rule);
                            if (WrittenStrength(rule) is null or "settled")
                                Report(DiagnosticDescriptors.NotMetOfBindingRule, Loc(consequence, name.Span), rule.Name);
                        }
                    break;
                case ConsequenceOwedToClauseSyntax owed:
                    if (consequence.OwedTo is not null)
                        Report(DiagnosticDescriptors.DuplicateClause, Loc(consequence, clause.Span), "A consequence", "owed to");
                    consequence.OwedTo ??= ExpectSymbol<PartySymbol>(owed.Party, consequence, "party");
                    break;
                case ConsequenceStrengthClauseSyntax misplaced:
                    Report(DiagnosticDescriptors.MisplacedStrength, Loc(consequence, misplaced.Span), "A consequence");
                    break;
                case ConditionClauseSyntax condition:
                    conditions.Add(new BoundCondition(BindCondition(condition.Condition, consequence), condition.Citation?.Text, condition));
                    break;
            }
        }
        consequence.Rules = rules.Distinct().ToImmutableArray();
        consequence.NotMetRules = notMetRules.Distinct().ToImmutableArray();
        consequence.Conditions = conditions.ToImmutable();
    }

    /// <summary>Looks a name up and checks it is the kind of symbol the clause needs.</summary>
    private T? ExpectSymbol<T>(IdentifierSyntax name, Symbol context, string expectedKind) where T : Symbol
    {
        if (name.IsMissing) return null;
        var candidates = VisibleSymbols(context).OfType<T>();
        var symbol = Lookup(name, context, candidates: candidates);
        if (symbol is null || symbol is T) return symbol as T;
        Report(DiagnosticDescriptors.WrongKindOfName, Loc(context, name.Span), name.Text, symbol.KindDisplay, expectedKind);
        return null;
    }
}
