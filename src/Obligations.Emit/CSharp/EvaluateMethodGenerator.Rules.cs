using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Obligations.Emit.Lowering;
using RuleKind = Obligations.Syntax.RuleKind;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Obligations.Emit.CSharp.SyntaxHelpers;

namespace Obligations.Emit.CSharp;

// Rules and consequences. Precedence: not applicable, excused, overridden, then by kind; see docs/evaluator.md.
internal sealed partial class EvaluateMethodGenerator
{
    private readonly Dictionary<int, (string Applies, string Excused)> _ruleFlags = [];
    private readonly Dictionary<int, string> _ruleStatus = [];

    /// <summary>Every <c>when</c> is evaluated (so an explanation lists all that failed); <c>unless</c>es only while none held.</summary>
    private void GenerateApplicability(RuleModel rule)
    {
        var symbol = rule.Symbol;
        writer.Comment($"{symbol.Syntax.Keyword} {symbol.Name}");
        var tree = symbol.Tree;
        var whens = rule.Whens.Select(w => RecordLocal(w, expressions.Generate(w.Expression!, tree))).ToList();
        var applies = names.Local($"r{rule.Index}_applies");
        writer.Add(Local(BoolTypeSyntax, applies, And(whens, empty: true)));
        var unlesses = new List<string>();
        foreach (var unless in rule.Unlesses)
        {
            ExpressionSyntax guard = IdentifierName(applies);
            foreach (var earlier in unlesses) guard = Binary(SyntaxKind.LogicalAndExpression, guard, Not(IdentifierName(earlier)));
            unlesses.Add(RecordLocal(unless, expressions.Generate(unless.Expression!, tree), guard));
        }
        var excused = names.Local($"r{rule.Index}_excused");
        writer.Add(Local(BoolTypeSyntax, excused, Or(unlesses.Select(u => (ExpressionSyntax)IdentifierName(u)))));
        _ruleFlags[rule.Index] = (applies, excused);
    }

    private void GenerateStatus(RuleModel rule)
    {
        var symbol = rule.Symbol;
        var tree = symbol.Tree;
        var (applies, excused) = _ruleFlags[rule.Index];
        var overriders = rule.OverriddenBy.Select(i => _ruleFlags[i])
            .Select(f => Binary(SyntaxKind.LogicalAndExpression, IdentifierName(f.Applies), Not(IdentifierName(f.Excused))));
        var active = names.Local($"r{rule.Index}_active");
        ExpressionSyntax activeValue = Binary(SyntaxKind.LogicalAndExpression, IdentifierName(applies), Not(IdentifierName(excused)));
        if (!rule.OverriddenBy.IsEmpty) activeValue = Binary(SyntaxKind.LogicalAndExpression, activeValue, Not(Or(overriders)));
        writer.Add(Local(BoolTypeSyntax, active, activeValue));

        string? deadline = null;
        if (symbol.Deadline is { } duration)
        {
            deadline = names.Local($"r{rule.Index}_deadline");
            var start = symbol.DeadlineAfter is { } after ? expressions.Generate(after, tree) : ExpressionGenerator.Now;
            var value = Conditional(IdentifierName(active), Binary(SyntaxKind.AddExpression, start, expressions.Generate(duration, tree)),
                LiteralExpression(SyntaxKind.NullLiteralExpression));
            writer.Add(Local(NullableType(DateType), deadline, value), tree, duration.Syntax);
        }
        string? done = null;
        if (rule.Done is { } doneCondition && _measures[symbol.Measure!].Done is { } measureDone)
        {
            done = RecordLocal(doneCondition, IdentifierName(measureDone), IdentifierName(active));
            if (rule.DoneInTime is { } inTime && deadline is not null && _measures[symbol.Measure!].On is { } on)
                done = RecordLocal(inTime, Binary(SyntaxKind.LessThanOrEqualExpression, IdentifierName(on), DeadlineValue(deadline)), IdentifierName(done));
        }
        var status = Conditional(Not(IdentifierName(applies)), Status("NotApplicable"),
            Conditional(IdentifierName(excused), Status("Excused"),
                rule.OverriddenBy.IsEmpty
                    ? KindStatus(rule, done, deadline)
                    : Conditional(Not(IdentifierName(active)), Status("Overridden"), KindStatus(rule, done, deadline))));
        var statusLocal = names.Local($"r{rule.Index}");
        writer.Add(Local(FixedType(RuntimeNs + ".RuleStatus"), statusLocal, status));
        _ruleStatus[rule.Index] = statusLocal;
        var outcome = New(FixedType(RuntimeNs + ".RuleOutcome"), IdentifierName(statusLocal),
            deadline is null ? LiteralExpression(SyntaxKind.NullLiteralExpression) : IdentifierName(deadline));
        writer.Add(ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression,
            ElementAccessExpression(IdentifierName("rules"), BracketedArgumentList(SingletonSeparatedList(Argument(Int(rule.Index))))), outcome)));
    }

    private static ExpressionSyntax KindStatus(RuleModel rule, string? done, string? deadline)
    {
        switch (rule.Symbol.RuleKind)
        {
            case RuleKind.Permission:
                return Status("Permitted");
            case RuleKind.Prohibition:
                return done is null ? Status("Complied") : Conditional(IdentifierName(done), Status("Breached"), Status("Complied"));
        }
        ExpressionSyntax notDone = deadline is null
            ? Status("Breached")
            : Conditional(Binary(SyntaxKind.LessThanOrEqualExpression, ExpressionGenerator.Now, DeadlineValue(deadline)), Status("Pending"), Status("Breached"));
        return done is null ? notDone : Conditional(IdentifierName(done), Status("Complied"), notDone);
    }

    private static ExpressionSyntax DeadlineValue(string deadline) => Call(Member(IdentifierName(deadline), "GetValueOrDefault"));

    /// <summary>Triggered by a breach of a rule it follows; then every <c>when</c> is evaluated.</summary>
    private void GenerateConsequence(ConsequenceModel consequence)
    {
        writer.Comment($"consequence {consequence.Symbol.Name}");
        var triggered = names.Local($"k{consequence.Index}_triggered");
        var breaches = consequence.Rules.Select(i => Binary(SyntaxKind.EqualsExpression, IdentifierName(_ruleStatus[i]), Status("Breached")));
        writer.Add(Local(BoolTypeSyntax, triggered, Or(breaches)));
        var tree = consequence.Symbol.Tree;
        var conditions = consequence.Conditions
            .Select(c => RecordLocal(c, expressions.Generate(c.Expression!, tree), IdentifierName(triggered))).ToList();
        var status = Conditional(Not(IdentifierName(triggered)), ConsequenceStatus("NotTriggered"),
            Conditional(And(conditions, empty: true), ConsequenceStatus("Applies"), ConsequenceStatus("NotAvailable")));
        writer.Add(ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression,
            ElementAccessExpression(IdentifierName("consequences"), BracketedArgumentList(SingletonSeparatedList(Argument(Int(consequence.Index))))), status)));
    }

    private static TypeSyntax BoolTypeSyntax => BoolType;
}
