using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Obligations.Binding;
using Obligations.Emit.Lowering;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Obligations.Emit.CSharp.SyntaxHelpers;

namespace Obligations.Emit.CSharp;

/// <summary>
/// The body of <c>Evaluate</c>: a straight line over typed fields. Named values first (in dependency order),
/// then measures, then each rule's applicability and exceptions, then overrides, deadlines and statuses, then
/// consequences. Each condition is recorded with one store into the result's condition array.
/// </summary>
internal sealed partial class EvaluateMethodGenerator(EvaluatorModel model, GeneratedNames names, ExpressionGenerator expressions, StatementWriter writer)
{
    private static readonly TypeSyntax BoolType = Predefined(SyntaxKind.BoolKeyword);
    private static readonly TypeSyntax DateType = FixedType("global::System.DateTimeOffset");
    private static readonly IdentifierNameSyntax Cond = IdentifierName("cond");
    private readonly Dictionary<int, string> _conditionLocals = [];
    private readonly Dictionary<MeasureSymbol, (string? Done, string? On)> _measures = [];

    public BlockSyntax Generate()
    {
        writer.Add(ExpressionStatement(Call(Member(IdentifierName("result"), "Begin"), IdentifierName("Info"), ExpressionGenerator.Now)));
        // ref ConditionValue cond = ref ConditionLog.First(result.Conditions): unchecked stores (see ConditionLog).
        writer.Add(LocalDeclarationStatement(VariableDeclaration(RefType(FixedType(RuntimeNs + ".ConditionValue")), SingletonSeparatedList(
            VariableDeclarator(Identifier("cond")).WithInitializer(EqualsValueClause(
                RefExpression(Call(FixedMember(RuntimeNs + ".ConditionLog", "First"), Member(IdentifierName("result"), "Conditions")))))))));
        writer.Add(Local(FixedType(RuntimeNs + ".RuleOutcome[]"), "rules", Member(IdentifierName("result"), "Rules")));
        writer.Add(Local(FixedType(RuntimeNs + ".ConsequenceStatus[]"), "consequences", Member(IdentifierName("result"), "Consequences")));
        foreach (var value in model.Values) GenerateValue(value);
        foreach (var measure in model.Measures) GenerateMeasure(measure);
        foreach (var rule in model.Rules) GenerateApplicability(rule);
        foreach (var rule in model.Rules) GenerateStatus(rule);
        foreach (var consequence in model.Consequences) GenerateConsequence(consequence);
        return Block(writer.Statements).WithCloseBraceToken(Token(writer.ClosingTrivia, SyntaxKind.CloseBraceToken, TriviaList()));
    }

    private void GenerateValue(Symbol value)
    {
        switch (value)
        {
            case DefineSymbol d:
                writer.Add(Local(names.TypeOf(d.Type), names.Of(d), expressions.Generate(d.Value!, d.Tree)), d.Tree, d.Value!.Syntax);
                break;
            case TriggerSymbol t:
                writer.Add(Local(BoolType, names.Of(t), Record(model.NamedConditions[t], expressions.Generate(t.Condition!, t.Tree))), t.Tree, t.Condition!.Syntax);
                break;
            case ThresholdSymbol h:
                var criteria = h.Criteria.Select(c => RecordLocal(model.NamedConditions[c], expressions.Generate(c.Condition!, h.Tree))).ToList();
                var combine = h.Quantifier == Obligations.Syntax.ThresholdQuantifier.Any ? SyntaxKind.LogicalOrExpression : SyntaxKind.LogicalAndExpression;
                var all = criteria.Count == 0
                    ? Bool(h.Quantifier == Obligations.Syntax.ThresholdQuantifier.All)
                    : criteria.Select(c => (ExpressionSyntax)IdentifierName(c)).Aggregate((a, b) => Binary(combine, a, b));
                writer.Add(Local(BoolType, names.Of(h), Record(model.NamedConditions[h], all)), h.Tree, h.NameSyntax);
                break;
        }
    }

    private void GenerateMeasure(MeasureSymbol measure)
    {
        string? done = null, on = null;
        if (measure.Done is { } test)
        {
            done = names.Local(names.Of(measure) + "_done");
            writer.Add(Local(BoolType, done, expressions.Generate(test, measure.Tree)), measure.Tree, test.Syntax);
        }
        if (measure.CompletedOn is { } date)
        {
            on = names.Local(names.Of(measure) + "_on");
            writer.Add(Local(DateType, on, expressions.Generate(date, measure.Tree)), measure.Tree, date.Syntax);
        }
        _measures[measure] = (done, on);
    }

    /// <summary><c>bool cN = ConditionLog.Record(ref cond, N, value);</c> (or guarded by <paramref name="guard"/>), giving the local's name.</summary>
    private string RecordLocal(ConditionModel condition, ExpressionSyntax value, ExpressionSyntax? guard = null)
    {
        var name = names.Local("c" + condition.Id);
        _conditionLocals[condition.Id] = name;
        var recorded = Record(condition, value);
        var statement = Local(BoolType, name, guard is null ? recorded : Binary(SyntaxKind.LogicalAndExpression, guard, recorded));
        writer.Add(statement, condition.Owner.Tree, condition.Anchor);
        return name;
    }

    private static ExpressionSyntax Record(ConditionModel condition, ExpressionSyntax value) =>
        InvocationExpression(FixedMember(RuntimeNs + ".ConditionLog", "Record"), ArgumentList(SeparatedList(
        [
            Argument(Cond).WithRefKindKeyword(Token(SyntaxKind.RefKeyword)), Argument(Int(condition.Id)), Argument(value),
        ])));

    private static ExpressionSyntax And(IEnumerable<string> locals, bool empty) =>
        locals.Select(l => (ExpressionSyntax)IdentifierName(l)).DefaultIfEmpty(Bool(empty)).Aggregate((a, b) => Binary(SyntaxKind.LogicalAndExpression, a, b));

    private static ExpressionSyntax Or(IEnumerable<ExpressionSyntax> terms) =>
        terms.DefaultIfEmpty(Bool(false)).Aggregate((a, b) => Binary(SyntaxKind.LogicalOrExpression, a, b));

    private static ExpressionSyntax Status(string member) => FixedMember(RuntimeNs + ".RuleStatus", member);

    private static ExpressionSyntax ConsequenceStatus(string member) => FixedMember(RuntimeNs + ".ConsequenceStatus", member);
}
