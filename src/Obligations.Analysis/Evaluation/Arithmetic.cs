namespace Obligations.Analysis.Evaluation;

/// <summary>The operators of the language on interpreter values (decimal, TimeSpan, DateTimeOffset, enum members, sets).</summary>
internal static class Arithmetic
{
    public static object Negate(object value) => value switch
    {
        decimal d => -d,
        TimeSpan t => -t,
        _ => throw new InterpreterException("cannot negate this value"),
    };

    public static bool AreEqual(object left, object right) => (left, right) switch
    {
        (IEnumerable<Binding.EnumMemberSymbol> a, IEnumerable<Binding.EnumMemberSymbol> b) => a.ToHashSet().SetEquals(b),
        _ => Equals(left, right),
    };

    public static int Compare(object left, object right) => (left, right) switch
    {
        (decimal a, decimal b) => a.CompareTo(b),
        (TimeSpan a, TimeSpan b) => a.CompareTo(b),
        (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
        (Binding.EnumMemberSymbol a, Binding.EnumMemberSymbol b) => a.Ordinal.CompareTo(b.Ordinal),
        _ => throw new InterpreterException("cannot order these values"),
    };

    public static object Add(object left, object right) => (left, right) switch
    {
        (decimal a, decimal b) => a + b,
        (TimeSpan a, TimeSpan b) => a + b,
        (DateTimeOffset a, TimeSpan b) => a + b,
        (TimeSpan a, DateTimeOffset b) => b + a,
        _ => throw new InterpreterException("cannot add these values"),
    };

    public static object Subtract(object left, object right) => (left, right) switch
    {
        (decimal a, decimal b) => a - b,
        (TimeSpan a, TimeSpan b) => a - b,
        (DateTimeOffset a, TimeSpan b) => a - b,
        (DateTimeOffset a, DateTimeOffset b) => a - b,
        _ => throw new InterpreterException("cannot subtract these values"),
    };

    public static object Multiply(object left, object right) => (left, right) switch
    {
        (decimal a, decimal b) => a * b,
        (TimeSpan a, decimal b) => TimeSpan.FromTicks((long)(a.Ticks * b)),
        (decimal a, TimeSpan b) => TimeSpan.FromTicks((long)(b.Ticks * a)),
        _ => throw new InterpreterException("cannot multiply these values"),
    };

    public static object Divide(object left, object right) => (left, right) switch
    {
        (_, decimal b) when b == 0m => throw new InterpreterException("division by zero"),
        (decimal a, decimal b) => a / b,
        (TimeSpan a, decimal b) => TimeSpan.FromTicks((long)(a.Ticks / b)),
        _ => throw new InterpreterException("cannot divide these values"),
    };
}
