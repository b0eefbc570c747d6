using System.Runtime.CompilerServices;

namespace Obligations.Runtime;

/// <summary>Division as generated code performs it: dividing by zero names the place in the rules instead of failing anonymously.</summary>
public static class Arithmetic
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Divide(decimal dividend, decimal divisor, string path, int line, int column) =>
        divisor != 0m ? dividend / divisor : throw new EvaluationException("division by zero", path, line, column);
}
