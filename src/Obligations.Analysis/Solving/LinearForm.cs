using System.Collections.Immutable;
using System.Numerics;
using Google.OrTools.Sat;

namespace Obligations.Analysis.Solving;

/// <summary>
/// Σ coefficient·variable + constant with exact rational coefficients. Comparisons multiply through by the
/// common denominator, so the constraint handed to CP-SAT has integer coefficients and the same solutions.
/// </summary>
internal sealed class LinearForm
{
    private LinearForm(ImmutableDictionary<IntVar, Rational> terms, Rational constant)
    {
        Terms = terms;
        Constant = constant;
    }

    public ImmutableDictionary<IntVar, Rational> Terms { get; }
    public Rational Constant { get; }
    public bool IsConstant => Terms.IsEmpty;

    public static LinearForm Of(Rational constant) => new(ImmutableDictionary<IntVar, Rational>.Empty, constant);

    public static LinearForm Of(IntVar variable, Rational coefficient) =>
        new(ImmutableDictionary<IntVar, Rational>.Empty.Add(variable, coefficient), Rational.Zero);

    public LinearForm Add(LinearForm other)
    {
        var terms = Terms.ToBuilder();
        foreach (var (variable, coefficient) in other.Terms)
        {
            var sum = terms.TryGetValue(variable, out var existing) ? existing + coefficient : coefficient;
            if (sum.IsZero) terms.Remove(variable); else terms[variable] = sum;
        }
        return new LinearForm(terms.ToImmutable(), Constant + other.Constant);
    }

    public LinearForm Scale(Rational factor) => factor.IsZero
        ? Of(Rational.Zero)
        : new LinearForm(Terms.ToImmutableDictionary(t => t.Key, t => t.Value * factor), Constant * factor);

    public LinearForm Subtract(LinearForm other) => Add(other.Scale(-Rational.One));

    /// <summary>This form times the least common denominator of its coefficients, as an integer CP-SAT expression.</summary>
    public LinearExpr ToIntegerExpression()
    {
        var lcm = BigInteger.One;
        foreach (var c in Terms.Values.Append(Constant)) lcm = lcm / BigInteger.GreatestCommonDivisor(lcm, c.Denominator) * c.Denominator;
        var factor = Rational.FromInteger(lcm);
        var expressions = new List<LinearExpr>();
        foreach (var (variable, coefficient) in Terms.OrderBy(t => t.Key.GetIndex()))
            expressions.Add(LinearExpr.Term(variable, ToLong(coefficient * factor)));
        expressions.Add(LinearExpr.Constant(ToLong(Constant * factor)));
        return LinearExpr.Sum(expressions);
    }

    private static long ToLong(Rational value)
    {
        if (!value.Denominator.IsOne) throw new InvalidOperationException("coefficient is not integral after scaling");
        if (value.Numerator > long.MaxValue / 4 || value.Numerator < long.MinValue / 4)
            throw new NotDecidedException("a coefficient is too large for exact integer arithmetic");
        return (long)value.Numerator;
    }
}
