namespace Obligations.Runtime;

/// <summary>Marks an evaluator assembly and names its evaluator class, so hosts find it without scanning types.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class EvaluatorAttribute(Type evaluatorType) : Attribute
{
    public Type EvaluatorType { get; } = evaluatorType;
}
