namespace Obligations.Runtime.Metadata;

public enum ConsequenceKind : byte { Unspecified, Responsibility, Compensation, Cessation, Reparation, Countermeasures, Penalty, Termination }
