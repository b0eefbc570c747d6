using Obligations.Lowering;

namespace Obligations.Interpretation;

/// <summary>Evaluation cannot go on (division by zero, no match arm, a value out of range); names the place in the rules.</summary>
public sealed class IrEvaluationException(string message, IrSource? source) : Exception(source is null ? message : $"{source}: {message}")
{
    public string Reason => message;
    public IrSource? Place => source;
}
