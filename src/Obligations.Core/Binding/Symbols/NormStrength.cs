namespace Obligations.Binding;

/// <summary>
/// How firmly the law establishes a rule or criterion; the order and names of <c>Vocabulary.Strengths</c>. Only
/// <see cref="Settled"/> binds: an unmet duty of any other strength is <c>not_met</c>, never <c>breached</c>.
/// </summary>
public enum NormStrength { Settled, Emerging, Proposed, BestPractice, Contested }
