using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Obligations.Lowering;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Obligations.Emit.CSharp.SyntaxHelpers;

namespace Obligations.Emit.CSharp;

// Rules and consequences. A rule's status is its IR decision table (IrRule.Statuses) written as a conditional
// chain over the rule facts; nothing here decides what a status means.
internal sealed partial class EvaluateMethodGenerator
{
    private readonly Dictionary<int, (string Applies, string Excused)> _ruleFlags = [];
    private readonly Dictionary<int, string> _ruleStatus = [];

    /// <summary>Every <c>when</c> is evaluated (so an explanation lists all that failed); <c>unless</c>es only while none held.</summary>
    private void GenerateApplicability(IrRule rule)
    {
        writer.Comment($"{rule.Kind.ToString().ToLowerInvariant()} {rule.Name}");
        var whens = rule.Whens.Select(w => RecordLocal(w, expressions.Generate(w.Expression!))).ToList();
        var applies = names.Local($"r{rule.Index}_applies");
        writer.Add(Local(BoolType, applies, And(whens, empty: true)));
        var unlesses = new List<string>();
        foreach (var unless in rule.Unlesses)
        {
            ExpressionSyntax guard = IdentifierName(applies);
            foreach (var earlier in unlesses) guard = Binary(SyntaxKind.LogicalAndExpression, guard, Not(IdentifierName(earlier)));
            unlesses.Add(RecordLocal(unless, expressions.Generate(unless.Expression!), guard));
        }
        var excused = names.Local($"r{rule.Index}_excused");
        writer.Add(Local(BoolType, excused, Or(unlesses.Select(u => (ExpressionSyntax)IdentifierName(u)))));
        _ruleFlags[rule.Index] = (applies, excused);
    }

    private void GenerateStatus(IrRule rule)
    {
        var (applies, excused) = _ruleFlags[rule.Index];
        string? overridden = null;
        ExpressionSyntax activeValue = Binary(SyntaxKind.LogicalAndExpression, IdentifierName(applies), Not(IdentifierName(excused)));
        if (!rule.OverriddenBy.IsEmpty)
        {
            // Overridden: triggered, not excused, and some overriding rule triggered and not excused.
            var overriders = rule.OverriddenBy.Select(i => _ruleFlags[i])
                .Select(f => Binary(SyntaxKind.LogicalAndExpression, IdentifierName(f.Applies), Not(IdentifierName(f.Excused))));
            overridden = names.Local($"r{rule.Index}_overridden");
            writer.Add(Local(BoolType, overridden, Binary(SyntaxKind.LogicalAndExpression, activeValue, Or(overriders))));
            activeValue = Binary(SyntaxKind.LogicalAndExpression, activeValue, Not(IdentifierName(overridden)));
        }
        var active = names.Local($"r{rule.Index}_active");
        writer.Add(Local(BoolType, active, activeValue));

        string? deadline = null;
        if (rule.Deadline is { } due)
        {
            // Computed only in force, so only then can it fail; null otherwise.
            deadline = names.Local($"r{rule.Index}_deadline");
            var start = due.After is { } after ? expressions.Generate(after) : ExpressionGenerator.Now;
            // A deadline past 9999-12-31 is an evaluation error naming the rule and the place of its deadline.
            var sum = Call(FixedMember(RuntimeNs + ".DateMath", "AddDeadline"), start, expressions.Generate(due.Duration),
                Str(rule.Name), Str(due.Source.Path), Int(due.Source.Line), Int(due.Source.Column));
            var value = Conditional(IdentifierName(active), CastExpression(NullableType(DateType), sum),
                LiteralExpression(SyntaxKind.NullLiteralExpression));
            writer.Add(Local(NullableType(DateType), deadline, value), due.Source);
        }
        string? done = null;
        if (rule.Done is { } doneCondition && _measures[rule.Measure!].Done is { } measureDone)
        {
            done = RecordLocal(doneCondition, IdentifierName(measureDone), IdentifierName(active));
            if (rule.DoneInTime is { } inTime && deadline is not null && _measures[rule.Measure!].On is { } on)
                done = RecordLocal(inTime, Binary(SyntaxKind.LessThanOrEqualExpression, IdentifierName(on), DeadlineValue(deadline)), IdentifierName(done));
        }
        var status = DecisionTable(rule, fact => fact switch
        {
            IrRuleFact.Triggered => IdentifierName(applies),
            IrRuleFact.Excused => IdentifierName(excused),
            IrRuleFact.Overridden => overridden is null ? Bool(false) : IdentifierName(overridden),
            IrRuleFact.Done => done is null ? Bool(false) : IdentifierName(done),
            IrRuleFact.ContestedGround => rule.SettledTrigger is { } settled
                ? Binary(SyntaxKind.LogicalAndExpression, IdentifierName(applies), Not(expressions.Generate(settled)))
                : Bool(false),
            // The deadline has a value exactly when the rule is in force.
            IrRuleFact.WithinDeadline => deadline is null
                ? Bool(false)
                : Binary(SyntaxKind.LogicalAndExpression, Member(IdentifierName(deadline), "HasValue"),
                    Binary(SyntaxKind.LessThanOrEqualExpression, ExpressionGenerator.Now, DeadlineValue(deadline))),
            _ => throw new InvalidOperationException($"No C# for rule fact {fact} ({rule.Source})"),
        });
        var statusLocal = names.Local($"r{rule.Index}");
        writer.Add(Local(FixedType(RuntimeNs + ".RuleStatus"), statusLocal, status));
        _ruleStatus[rule.Index] = statusLocal;
        var outcome = New(FixedType(RuntimeNs + ".RuleOutcome"), IdentifierName(statusLocal),
            deadline is null ? LiteralExpression(SyntaxKind.NullLiteralExpression) : IdentifierName(deadline));
        writer.Add(ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression,
            ElementAccessExpression(IdentifierName("rules"), BracketedArgumentList(SingletonSeparatedList(Argument(Int(rule.Index))))), outcome)));
    }

    /// <summary>The rows as <c>row1 ? s1 : row2 ? s2 : … : last</c>: the first row that matches gives the status.</summary>
    private static ExpressionSyntax DecisionTable(IrRule rule, Func<IrRuleFact, ExpressionSyntax> fact)
    {
        if (rule.Statuses.IsEmpty || !rule.Statuses[^1].Holds.IsEmpty || !rule.Statuses[^1].Fails.IsEmpty)
            throw new InvalidOperationException($"The decision table of {rule} does not end with an unconditional row.");
        ExpressionSyntax chain = Status(rule.Statuses[^1].Status);
        for (var i = rule.Statuses.Length - 2; i >= 0; i--)
        {
            var row = rule.Statuses[i];
            var tests = row.Holds.Select(fact).Concat(row.Fails.Select(f => Not(fact(f))));
            var test = tests.DefaultIfEmpty(Bool(true)).Aggregate((a, b) => Binary(SyntaxKind.LogicalAndExpression, a, b));
            chain = Conditional(test, Status(row.Status), chain);
        }
        return chain;
    }

    private static ExpressionSyntax DeadlineValue(string deadline) => Call(Member(IdentifierName(deadline), "GetValueOrDefault"));

    /// <summary>Triggered by a breach of a rule it follows; then every <c>when</c> is evaluated.</summary>
    private void GenerateConsequence(IrConsequence consequence)
    {
        writer.Comment($"consequence {consequence.Name}");
        var triggered = names.Local($"k{consequence.Index}_triggered");
        var breaches = consequence.Rules.Select(i => Binary(SyntaxKind.EqualsExpression, IdentifierName(_ruleStatus[i]), Status(IrStatus.Breached)))
            .Concat(consequence.NotMetRules.Select(i => Binary(SyntaxKind.EqualsExpression, IdentifierName(_ruleStatus[i]), Status(IrStatus.NotMet))));
        writer.Add(Local(BoolType, triggered, Or(breaches)));
        var conditions = consequence.Whens
            .Select(c => RecordLocal(c, expressions.Generate(c.Expression!), IdentifierName(triggered))).ToList();
        var status = Conditional(Not(IdentifierName(triggered)), ConsequenceStatus(IrConsequenceStatus.NotTriggered),
            Conditional(And(conditions, empty: true), ConsequenceStatus(IrConsequenceStatus.Applies), ConsequenceStatus(IrConsequenceStatus.NotAvailable)));
        writer.Add(ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression,
            ElementAccessExpression(IdentifierName("consequences"), BracketedArgumentList(SingletonSeparatedList(Argument(Int(consequence.Index))))), status)));
    }
}
