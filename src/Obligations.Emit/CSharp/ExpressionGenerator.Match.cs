using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Obligations.Lowering;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Obligations.Emit.CSharp.SyntaxHelpers;

namespace Obligations.Emit.CSharp;

// match: on an enum, a C# switch expression with constant patterns; on other values, a switch with one
// designated subject compared in `when` clauses; guarded, a conditional chain. Without `else`, the last arm
// throws an EvaluationException naming the match's place in the rules. Arms are tried in order, the subject
// evaluated once, as the IR defines.
internal sealed partial class ExpressionGenerator
{
    private ExpressionSyntax GenerateMatch(IrMatch match)
    {
        var elseArm = match.Arms.FirstOrDefault(a => a.IsElse);
        var fallback = elseArm is null ? NoArm(match) : Generate(elseArm.Value);
        var arms = match.Arms.TakeWhile(a => !a.IsElse).ToList();
        if (match.Subject is null)
        {
            var chain = fallback;
            for (var i = arms.Count - 1; i >= 0; i--)
                chain = Conditional(Generate(arms[i].Guard!), Generate(arms[i].Value), chain);
            return chain;
        }
        var subject = Generate(match.Subject);
        var constant = arms.All(a => a.Values.All(v => v is IrConstant { Value: IrEnumMember }));
        var switchArms = new List<SwitchExpressionArmSyntax>();
        foreach (var arm in arms)
            switchArms.Add(constant ? ConstantArm(arm) : ComparingArm(arm));
        switchArms.Add(SwitchExpressionArm(DiscardPattern(), fallback));
        return SwitchExpression(Paren(subject), SeparatedList(switchArms));
    }

    private SwitchExpressionArmSyntax ConstantArm(IrMatchArm arm)
    {
        PatternSyntax? pattern = null;
        foreach (var value in arm.Values)
        {
            PatternSyntax constant = ConstantPattern(EnumMember((IrEnumMember)((IrConstant)value).Value));
            pattern = pattern is null ? constant : BinaryPattern(SyntaxKind.OrPattern, pattern, constant);
        }
        return SwitchExpressionArm(pattern!, Generate(arm.Value));
    }

    private SwitchExpressionArmSyntax ComparingArm(IrMatchArm arm)
    {
        var name = names.Local("s");
        ExpressionSyntax? test = null;
        foreach (var value in arm.Values)
        {
            var equal = Binary(SyntaxKind.EqualsExpression, CSharpIdentifiers.Name(name), Generate(value));
            test = test is null ? equal : Binary(SyntaxKind.LogicalOrExpression, test, equal);
        }
        return SwitchExpressionArm(VarPattern(SingleVariableDesignation(CSharpIdentifiers.Token(name))), WhenClause(test!), Generate(arm.Value));
    }

    private static ExpressionSyntax NoArm(IrMatch match) =>
        ThrowExpression(Call(FixedMember(RuntimeNs + ".EvaluationException", "NoMatchArm"),
            Str(match.Source.Path), Int(match.Source.Line), Int(match.Source.Column)));
}
