using Google.OrTools.Sat;
using Google.OrTools.Util;

namespace Obligations.Analysis.Solving;

/// <summary>Reified boolean structure (Tseitin encoding) with constants folded away.</summary>
internal sealed class BooleanBuilder(CpModel model)
{
    public CpModel Model => model;

    public Lit And(IEnumerable<Lit> operands)
    {
        var literals = new List<ILiteral>();
        foreach (var operand in operands)
        {
            if (operand.IsFalse) return Lit.False;
            if (!operand.IsTrue) literals.Add(operand.Literal!);
        }
        if (literals.Count == 0) return Lit.True;
        if (literals.Count == 1) return Lit.Of(literals[0]);
        var result = model.NewBoolVar("and");
        model.AddBoolAnd(literals).OnlyEnforceIf(result);
        model.AddBoolOr(literals.Select(l => l.Not())).OnlyEnforceIf(result.Not());
        return Lit.Of(result);
    }

    public Lit Or(IEnumerable<Lit> operands) => And(operands.Select(o => o.Not())).Not();

    public Lit And(Lit a, Lit b) => And([a, b]);

    public Lit Or(Lit a, Lit b) => Or([a, b]);

    public Lit Equivalent(Lit a, Lit b) => Or(And(a, b), And(a.Not(), b.Not()));

    /// <summary>A literal that is true exactly when <paramref name="form"/> lies in <paramref name="domain"/>.</summary>
    public Lit InDomain(LinearForm form, Domain domain)
    {
        if (form.IsConstant)
        {
            var c = form.Constant;
            // The domains used here are integer intervals around 0; a fractional constant is compared exactly.
            return Lit.Of(ContainsRational(domain, c));
        }
        var expression = form.ToIntegerExpression();
        var result = model.NewBoolVar("cmp");
        model.AddLinearExpressionInDomain(expression, domain).OnlyEnforceIf(result);
        model.AddLinearExpressionInDomain(expression, domain.Complement()).OnlyEnforceIf(result.Not());
        return Lit.Of(result);
    }

    private static bool ContainsRational(Domain domain, Rational value)
    {
        // Only the sign matters for the domains below (x<0, x<=0, x=0, x!=0 after scaling by a positive factor).
        var sign = value.Numerator.Sign;
        return domain.Contains(sign);
    }
}
