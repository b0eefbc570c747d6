using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Obligations.Binding;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Obligations.Emit.CSharp.SyntaxHelpers;

namespace Obligations.Emit.CSharp;

// match: on an enum, a C# switch expression with constant patterns; on other values, a switch with one
// designated subject compared in `when` clauses; guarded, a conditional chain. Without `else`, the last arm
// throws an EvaluationException naming the match's place in the rules.
internal sealed partial class ExpressionGenerator
{
    private ExpressionSyntax GenerateMatch(BoundMatch match, Obligations.Syntax.SyntaxTree tree)
    {
        var elseArm = match.Arms.FirstOrDefault(a => a.IsElse);
        var fallback = elseArm is null ? NoArm(match, tree) : ArmValue(elseArm, match, tree);
        var arms = match.Arms.Where(a => !a.IsElse).ToList();
        if (match.Subject is null)
        {
            var chain = fallback;
            for (var i = arms.Count - 1; i >= 0; i--)
                chain = Conditional(Generate(arms[i].Guard!, tree), ArmValue(arms[i], match, tree), chain);
            return chain;
        }
        var subject = Generate(match.Subject, tree);
        var constant = arms.All(a => a.Values.All(v => v is BoundEnumMember));
        var switchArms = new List<SwitchExpressionArmSyntax>();
        foreach (var arm in arms)
            switchArms.Add(constant ? ConstantArm(arm, match, tree) : ComparingArm(arm, match, tree));
        switchArms.Add(SwitchExpressionArm(DiscardPattern(), fallback));
        return SwitchExpression(Paren(subject), SeparatedList(switchArms));
    }

    private SwitchExpressionArmSyntax ConstantArm(BoundMatchArm arm, BoundMatch match, Obligations.Syntax.SyntaxTree tree)
    {
        PatternSyntax? pattern = null;
        foreach (var value in arm.Values.Cast<BoundEnumMember>())
        {
            PatternSyntax constant = ConstantPattern(EnumMember(value.Member));
            pattern = pattern is null ? constant : BinaryPattern(SyntaxKind.OrPattern, pattern, constant);
        }
        return SwitchExpressionArm(pattern!, ArmValue(arm, match, tree));
    }

    private SwitchExpressionArmSyntax ComparingArm(BoundMatchArm arm, BoundMatch match, Obligations.Syntax.SyntaxTree tree)
    {
        var name = names.Local("s");
        ExpressionSyntax? test = null;
        foreach (var value in arm.Values)
        {
            var equal = Binary(SyntaxKind.EqualsExpression, CSharpIdentifiers.Name(name), Generate(value, tree));
            test = test is null ? equal : Binary(SyntaxKind.LogicalOrExpression, test, equal);
        }
        return SwitchExpressionArm(VarPattern(SingleVariableDesignation(CSharpIdentifiers.Token(name))), WhenClause(test!), ArmValue(arm, match, tree));
    }

    private ExpressionSyntax ArmValue(BoundMatchArm arm, BoundMatch match, Obligations.Syntax.SyntaxTree tree) =>
        Convert(Generate(arm.Value, tree), arm.Value.Type, match.Type);

    private static ExpressionSyntax NoArm(BoundMatch match, Obligations.Syntax.SyntaxTree tree)
    {
        var location = tree.GetLocation(match.Syntax.Span);
        return ThrowExpression(Call(FixedMember(RuntimeNs + ".EvaluationException", "NoMatchArm"),
            Str(location.Path), Int(location.Start.Line + 1), Int(location.Start.Character + 1)));
    }
}
