using Obligations.Testing.Generation;

namespace Obligations.Testing.Situations;

/// <summary>A generated rule set with situations to evaluate it in.</summary>
public sealed record GeneratedCase(GeneratedRuleSet RuleSet, IReadOnlyList<GeneratedSituation> Situations);
