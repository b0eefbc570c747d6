using System.Runtime.CompilerServices;

namespace Obligations.Runtime;

/// <summary>
/// Records condition values into a result's preallocated array as generated code evaluates them. Recording
/// is one store; explanations are built from these values afterwards, only when asked for.
/// </summary>
public static class ConditionLog
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Record(ConditionValue[] values, int id, bool value)
    {
        values[id] = value ? ConditionValue.True : ConditionValue.False;
        return value;
    }
}
