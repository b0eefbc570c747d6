namespace Obligations.Runtime.Hosting;

/// <summary>An assembly that cannot serve as an evaluator; the message names it.</summary>
public sealed class EvaluatorLoadException(string message) : Exception(message);
