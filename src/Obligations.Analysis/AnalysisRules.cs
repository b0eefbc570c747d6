using System.Collections.Immutable;
using Obligations.Analysis.Rules;

namespace Obligations.Analysis;

/// <summary>The one list of analysis rules, in the order they run: syntactic checks, then the solver.</summary>
public static class AnalysisRules
{
    public static ImmutableArray<AnalysisRule> All { get; } = ImmutableArray.Create<AnalysisRule>(
        new MissingHolderRule(),
        new MissingTriggerRule(),
        new MissingMeasureRule(),
        new MissingDeadlineRule(),
        new MissingComplianceTestRule(),
        new BreachWithoutConsequenceRule(),
        new UnusedConditionRule(),
        new DeadlineFromNowRule(),
        new MissingCitationRule(),
        new OverrideCycleRule(),
        new MatchGapRule(),
        // Pair questions first: the situations they find let the single-rule checks below skip the solver.
        new ObligationProhibitionConflictRule(),
        new PermissionProhibitionConflictRule(),
        new IncompatibleObligationsRule(),
        new DeadRuleRule(),
        new ExceptionCoversTriggerRule(),
        new DuplicateRuleRule(),
        new OverrideWithoutConflictRule());
}
