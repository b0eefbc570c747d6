namespace Obligations.Testing.Harness;

/// <summary>How one situation came out: both sides agree, both fail to evaluate, the reference cannot say, or they differ.</summary>
public enum ComparisonKind { Agreed, BothFailed, Unsupported, Differs }
