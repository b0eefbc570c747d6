using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Obligations.Lowering;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Obligations.Emit.CSharp.SyntaxHelpers;

namespace Obligations.Emit.CSharp;

/// <summary>
/// The evaluator's <c>CreateInfo</c> method: every rule, consequence and recorded condition with its text,
/// citation and span in the .obl files, built once into the static <c>Info</c>. Explanations read it;
/// evaluation does not.
/// </summary>
internal sealed class MetadataGenerator(IrProgram program, string ruleSetName)
{
    public MethodDeclarationSyntax Generate()
    {
        var statements = new List<StatementSyntax>
        {
            Local(FixedType(MetadataNs + ".RuleInfo[]"), "rules", NewArray(MetadataNs + ".RuleInfo", program.Rules.Length)),
            Local(FixedType(MetadataNs + ".ConsequenceInfo[]"), "consequences", NewArray(MetadataNs + ".ConsequenceInfo", program.Consequences.Length)),
            Local(FixedType(MetadataNs + ".ConditionInfo[]"), "conditions", NewArray(MetadataNs + ".ConditionInfo", program.Conditions.Length)),
        };
        statements.AddRange(program.Rules.Select(r => Assign("rules", r.Index, Rule(r))));
        statements.AddRange(program.Consequences.Select(c => Assign("consequences", c.Index, Consequence(c))));
        statements.AddRange(program.Conditions.Select(c => Assign("conditions", c.Id, Condition(c))));
        statements.Add(ReturnStatement(New(FixedType(MetadataNs + ".RuleSetInfo"), Str(ruleSetName),
            IdentifierName("rules"), IdentifierName("consequences"), IdentifierName("conditions"))));
        return MethodDeclaration(FixedType(MetadataNs + ".RuleSetInfo"), "CreateInfo")
            .AddModifiers(Token(SyntaxKind.PrivateKeyword), Token(SyntaxKind.StaticKeyword))
            .WithBody(Block(statements));
    }

    private static ExpressionSyntax NewArray(string elementType, int length) =>
        ArrayCreationExpression(ArrayType(FixedType(elementType), SingletonList(ArrayRankSpecifier(SingletonSeparatedList(Int(length))))));

    private static StatementSyntax Assign(string array, int index, ExpressionSyntax value) =>
        ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression,
            ElementAccessExpression(IdentifierName(array), BracketedArgumentList(SingletonSeparatedList(Argument(Int(index))))), value));

    private ExpressionSyntax Rule(IrRule rule)
    {
        var conditions = rule.Whens.Concat(rule.Unlesses).Append(rule.Done).Append(rule.DoneInTime).OfType<IrCondition>().Select(c => c.Id);
        var info = Create(Int(rule.Index), Str(rule.Name),
            FixedMember(MetadataNs + ".RuleKind", rule.Kind.ToString()), Str(rule.Holder?.Name), Str(rule.Measure?.Name), Str(rule.Source.Citation),
            Span(rule.Source), Ints(conditions), Strings(rule.OverriddenBy.Select(i => program.Rules[i].Name)));
        return WithInits(info, ("Description", Str(rule.Doc), rule.Doc is not null),
            ("MeasureDescription", Str(rule.Measure?.Description), rule.Measure?.Description is not null),
            ("Strength", Str(Obligations.Syntax.Vocabulary.Strengths[(int)rule.Strength]), !rule.IsBinding),
            ("StrengthCitation", Str(rule.StrengthCitation), rule.StrengthCitation is not null),
            ("OwedTo", Str(rule.OwedTo?.Name), rule.OwedTo is not null));
    }

    private ExpressionSyntax Consequence(IrConsequence consequence)
    {
        var kind = consequence.Kind?.ToString() ?? "Unspecified";
        var info = Create(Int(consequence.Index), Str(consequence.Name),
            FixedMember(MetadataNs + ".ConsequenceKind", kind), Bool(consequence.FollowsAnyBreach),
            Strings(consequence.FollowsAnyBreach ? [] : consequence.Rules.Select(i => program.Rules[i].Name)), Str(consequence.Source.Citation),
            Span(consequence.Source), Ints(consequence.Whens.Select(c => c.Id)));
        return WithInits(info, ("Description", Str(consequence.Doc), consequence.Doc is not null),
            ("NotMetRules", Strings(consequence.NotMetRules.Select(i => program.Rules[i].Name)), !consequence.NotMetRules.IsEmpty),
            ("OwedTo", Str(consequence.OwedTo?.Name), consequence.OwedTo is not null));
    }

    private ExpressionSyntax Condition(IrCondition c)
    {
        var info = Create(Int(c.Id), FixedMember(MetadataNs + ".ConditionKind", c.Kind.ToString()),
            Str(c.Owner), Str(c.Source.Text), Str(c.Source.Citation), Span(c.Source), Ints(c.Supports));
        var facts = ConditionFacts.Of(c, program);
        return WithInits(info, ("Name", Str(c.Named?.Name), c.Named is not null),
            ("Description", Str(c.Named?.Doc), c.Named?.Doc is not null),
            ("Facts", Strings(facts), facts.Count > 0));
    }

    private static ExpressionSyntax Span(IrSource source)
    {
        var location = source.Location;
        return New(FixedType(MetadataNs + ".SourceSpan"), Str(location.Path),
            Int(location.Start.Line + 1), Int(location.Start.Character + 1), Int(location.End.Line + 1), Int(location.End.Character + 1));
    }

    private static ImplicitObjectCreationExpressionSyntax Create(params ExpressionSyntax[] arguments) =>
        ImplicitObjectCreationExpression(ArgumentList(SeparatedList(arguments.Select(Argument))), null);

    private static ExpressionSyntax Ints(IEnumerable<int> values) => Array(Predefined(SyntaxKind.IntKeyword), values.Select(Int));

    private static ExpressionSyntax Strings(IEnumerable<string> values) => Array(Predefined(SyntaxKind.StringKeyword), values.Select(v => Str(v)));

    private static ExpressionSyntax WithInits(ImplicitObjectCreationExpressionSyntax creation, params (string Property, ExpressionSyntax Value, bool Present)[] inits)
    {
        var assignments = inits.Where(i => i.Present)
            .Select(i => (ExpressionSyntax)AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(i.Property), i.Value)).ToList();
        return assignments.Count == 0 ? creation : creation.WithInitializer(InitializerExpression(SyntaxKind.ObjectInitializerExpression, SeparatedList(assignments)));
    }

    private static ExpressionSyntax WithInit(ImplicitObjectCreationExpressionSyntax creation, string property, string? value) =>
        value is null
            ? creation
            : creation.WithInitializer(InitializerExpression(SyntaxKind.ObjectInitializerExpression,
                SingletonSeparatedList<ExpressionSyntax>(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(property), Str(value)))));
}
