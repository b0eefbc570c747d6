namespace Obligations.Analysis.Evaluation;

/// <summary>The situation does not let an expression be evaluated (a missing fact, a gap in a match).</summary>
public sealed class InterpreterException(string message) : Exception(message);
