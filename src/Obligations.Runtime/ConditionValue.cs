namespace Obligations.Runtime;

/// <summary>What an evaluation found for one recorded condition. The default is <see cref="NotEvaluated"/>.</summary>
public enum ConditionValue : byte
{
    NotEvaluated,
    False,
    True,
}
