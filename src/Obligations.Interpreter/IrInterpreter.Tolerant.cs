using Obligations.Lowering;

namespace Obligations.Interpretation;

// Evaluation of a rule set that still has errors (the analyses run while the author types): the broken parts are
// left out instead of stopping the whole evaluation.
public sealed partial class IrInterpreter
{
    private HashSet<object>? _broken;

    /// <summary>
    /// Evaluates like <see cref="Evaluate(IrProgram, IrFacts, DateTimeOffset)"/>, but leaves out every value, measure,
    /// rule and consequence that reads something without a meaning (<see cref="IrInvalid"/>, directly or through named
    /// values): such a rule is reported not applicable, such a consequence not triggered. For witnesses of the
    /// analyses; the generated evaluator only exists for rule sets without errors, where both evaluations are the same.
    /// </summary>
    public static IrOutcome EvaluateValidParts(IrProgram program, IrFacts facts, DateTimeOffset now) =>
        new IrInterpreter(program, facts, now) { _broken = BrokenParts(program) }.Run();

    private bool IsBroken(object declaration) => _broken is not null && _broken.Contains(declaration);

    private static HashSet<object> BrokenParts(IrProgram program)
    {
        var broken = new HashSet<object>(ReferenceEqualityComparer.Instance);
        bool Reads(IrExpression? e) => e is not null && IrWalker.Nodes(e).Any(n => n is IrInvalid || n is IrValueReference r && broken.Contains(r.Value));
        foreach (var value in program.Values)
            if (Reads(value.Body)) broken.Add(value);
        foreach (var measure in program.Measures)
            if (Reads(measure.Done) || Reads(measure.CompletedOn)) broken.Add(measure);
        foreach (var rule in program.Rules)
            if (rule.Whens.Concat(rule.Unlesses).Any(c => Reads(c.Expression)) || Reads(rule.Deadline?.Duration) || Reads(rule.Deadline?.After)
                || rule.Measure is { } m && broken.Contains(m))
                broken.Add(rule);
        foreach (var consequence in program.Consequences)
            if (consequence.Whens.Any(c => Reads(c.Expression))) broken.Add(consequence);
        return broken;
    }
}
