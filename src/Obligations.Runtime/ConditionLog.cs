using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    /// <summary>The first element of a result's condition array, for <see cref="Record(ref ConditionValue, int, bool)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref ConditionValue First(ConditionValue[] values) => ref MemoryMarshal.GetArrayDataReference(values);

    /// <summary>
    /// The store generated evaluators use: without a bounds check, which made recording cost more than the rules
    /// themselves (a hundred checked stores per evaluation). Safe because generated code passes only constant ids
    /// below the rule set's condition count, and <see cref="EvaluationResult.Begin"/> has verified that the array
    /// was sized for that rule set.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Record(ref ConditionValue first, int id, bool value)
    {
        // False = 1, True = 2: branch-free.
        Unsafe.Add(ref first, id) = (ConditionValue)(1 + (value ? 1 : 0));
        return value;
    }
}
