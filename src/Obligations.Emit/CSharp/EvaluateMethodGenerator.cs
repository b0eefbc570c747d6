using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Obligations.Lowering;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Obligations.Emit.CSharp.SyntaxHelpers;

namespace Obligations.Emit.CSharp;

/// <summary>
/// The body of <c>Evaluate</c>: a straight line over typed fields, in the IR's evaluation order (the
/// interpreter's): named values in <see cref="IrProgram.Values"/> order, then measures, then each rule's
/// <c>when</c>s and <c>unless</c>es, then overrides, deadlines, acts and statuses, then consequences. Each
/// condition is recorded with one store into the result's condition array.
/// </summary>
internal sealed partial class EvaluateMethodGenerator(IrProgram program, GeneratedNames names, ExpressionGenerator expressions, StatementWriter writer)
{
    private static readonly TypeSyntax BoolType = Predefined(SyntaxKind.BoolKeyword);
    private static readonly TypeSyntax DateType = FixedType("global::System.DateTimeOffset");
    private static readonly IdentifierNameSyntax Cond = IdentifierName("cond");
    private readonly Dictionary<IrMeasure, (string? Done, string? On)> _measures = [];

    public BlockSyntax Generate()
    {
        writer.Add(ExpressionStatement(Call(Member(IdentifierName("result"), "Begin"), IdentifierName("Info"), ExpressionGenerator.Now)));
        // ref ConditionValue cond = ref ConditionLog.First(result.Conditions): unchecked stores (see ConditionLog).
        writer.Add(LocalDeclarationStatement(VariableDeclaration(RefType(FixedType(RuntimeNs + ".ConditionValue")), SingletonSeparatedList(
            VariableDeclarator(Identifier("cond")).WithInitializer(EqualsValueClause(
                RefExpression(Call(FixedMember(RuntimeNs + ".ConditionLog", "First"), Member(IdentifierName("result"), "Conditions")))))))));
        writer.Add(Local(FixedType(RuntimeNs + ".RuleOutcome[]"), "rules", Member(IdentifierName("result"), "Rules")));
        writer.Add(Local(FixedType(RuntimeNs + ".ConsequenceStatus[]"), "consequences", Member(IdentifierName("result"), "Consequences")));
        foreach (var value in program.Values) GenerateValue(value);
        foreach (var measure in program.Measures) GenerateMeasure(measure);
        foreach (var rule in program.Rules) GenerateApplicability(rule);
        foreach (var rule in program.Rules) GenerateStatus(rule);
        foreach (var consequence in program.Consequences) GenerateConsequence(consequence);
        return Block(writer.Statements).WithCloseBraceToken(Token(writer.ClosingTrivia, SyntaxKind.CloseBraceToken, TriviaList()));
    }

    /// <summary>A define, trigger, threshold or criterion: a local; the named ones also record their condition.</summary>
    private void GenerateValue(IrValue value)
    {
        var body = expressions.Generate(value.Body);
        if (value.Condition is { } condition)
            writer.Add(Local(BoolType, names.Of(value), Record(condition, body)), condition.Source);
        else
            writer.Add(Local(names.TypeOf(value.Type), names.Of(value), body), value.Body.Source);
    }

    private void GenerateMeasure(IrMeasure measure)
    {
        string? done = null, on = null;
        if (measure.Done is { } test)
        {
            done = names.Local(names.Of(measure) + "_done");
            writer.Add(Local(BoolType, done, expressions.Generate(test)), test.Source);
        }
        if (measure.CompletedOn is { } date)
        {
            on = names.Local(names.Of(measure) + "_on");
            writer.Add(Local(DateType, on, expressions.Generate(date)), date.Source);
        }
        _measures[measure] = (done, on);
    }

    /// <summary><c>bool cN = ConditionLog.Record(ref cond, N, value);</c> (or guarded by <paramref name="guard"/>), giving the local's name.</summary>
    private string RecordLocal(IrCondition condition, ExpressionSyntax value, ExpressionSyntax? guard = null)
    {
        var name = names.Local("c" + condition.Id);
        var recorded = Record(condition, value);
        var statement = Local(BoolType, name, guard is null ? recorded : Binary(SyntaxKind.LogicalAndExpression, guard, recorded));
        writer.Add(statement, condition.Source);
        return name;
    }

    private static ExpressionSyntax Record(IrCondition condition, ExpressionSyntax value) =>
        InvocationExpression(FixedMember(RuntimeNs + ".ConditionLog", "Record"), ArgumentList(SeparatedList(
        [
            Argument(Cond).WithRefKindKeyword(Token(SyntaxKind.RefKeyword)), Argument(Int(condition.Id)), Argument(value),
        ])));

    private static ExpressionSyntax And(IEnumerable<string> locals, bool empty) =>
        locals.Select(l => (ExpressionSyntax)IdentifierName(l)).DefaultIfEmpty(Bool(empty)).Aggregate((a, b) => Binary(SyntaxKind.LogicalAndExpression, a, b));

    private static ExpressionSyntax Or(IEnumerable<ExpressionSyntax> terms) =>
        terms.DefaultIfEmpty(Bool(false)).Aggregate((a, b) => Binary(SyntaxKind.LogicalOrExpression, a, b));

    private static ExpressionSyntax Status(IrStatus status) => FixedMember(RuntimeNs + ".RuleStatus", status.ToString());

    private static ExpressionSyntax ConsequenceStatus(IrConsequenceStatus status) => FixedMember(RuntimeNs + ".ConsequenceStatus", status.ToString());
}
