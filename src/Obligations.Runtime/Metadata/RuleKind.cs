namespace Obligations.Runtime.Metadata;

public enum RuleKind : byte { Obligation, Prohibition, Permission }
