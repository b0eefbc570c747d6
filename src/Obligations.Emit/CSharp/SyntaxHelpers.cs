using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Obligations.Emit.CSharp;

/// <summary>Small syntax-building helpers shared by the generators. Only fixed names pass through ParseName.</summary>
internal static class SyntaxHelpers
{
    public const string RuntimeNs = "global::Obligations.Runtime";
    public const string MetadataNs = "global::Obligations.Runtime.Metadata";

    /// <summary>A fixed, fully qualified name written by this generator (never user text).</summary>
    public static NameSyntax Fixed(string qualifiedName) => ParseName(qualifiedName);

    public static TypeSyntax FixedType(string qualifiedName) => ParseTypeName(qualifiedName);

    public static ExpressionSyntax Str(string? text) =>
        text is null ? LiteralExpression(SyntaxKind.NullLiteralExpression) : LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(text));

    public static ExpressionSyntax Int(int value) => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

    public static ExpressionSyntax Long(long value) => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

    public static ExpressionSyntax Decimal(decimal value) => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

    public static ExpressionSyntax Bool(bool value) => LiteralExpression(value ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression);

    public static ExpressionSyntax Member(ExpressionSyntax target, string name) =>
        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, target, CSharpIdentifiers.Name(name));

    /// <summary><c>Runtime.Type.Member</c> for fixed runtime names.</summary>
    public static ExpressionSyntax FixedMember(string qualifiedType, string member) =>
        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Fixed(qualifiedType), IdentifierName(member));

    public static ExpressionSyntax Call(ExpressionSyntax target, params ExpressionSyntax[] arguments) =>
        InvocationExpression(target, ArgumentList(SeparatedList(arguments.Select(Argument))));

    public static ExpressionSyntax New(TypeSyntax type, params ExpressionSyntax[] arguments) =>
        ObjectCreationExpression(type, ArgumentList(SeparatedList(arguments.Select(Argument))), null);

    public static ExpressionSyntax Array(TypeSyntax elementType, IEnumerable<ExpressionSyntax> elements) =>
        ArrayCreationExpression(ArrayType(elementType, SingletonList(ArrayRankSpecifier(SingletonSeparatedList<ExpressionSyntax>(OmittedArraySizeExpression())))),
            InitializerExpression(SyntaxKind.ArrayInitializerExpression, SeparatedList(elements)));

    /// <summary>Wraps compound expressions in parentheses so operator precedence never depends on the caller.</summary>
    public static ExpressionSyntax Paren(ExpressionSyntax e) => e switch
    {
        BinaryExpressionSyntax or ConditionalExpressionSyntax or CastExpressionSyntax or PrefixUnaryExpressionSyntax
            or SwitchExpressionSyntax or IsPatternExpressionSyntax => ParenthesizedExpression(e),
        _ => e,
    };

    /// <summary>A binary expression; operands are parenthesized unless precedence makes it unneeded (same-kind
    /// left operands, and either operand of &amp;&amp; or || inside the same operator).</summary>
    public static ExpressionSyntax Binary(SyntaxKind kind, ExpressionSyntax left, ExpressionSyntax right)
    {
        var logical = kind is SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression;
        return BinaryExpression(kind, Operand(left, kind, unwrapSameKind: true), Operand(right, kind, unwrapSameKind: logical));
    }

    private static ExpressionSyntax Operand(ExpressionSyntax e, SyntaxKind parent, bool unwrapSameKind) => e switch
    {
        BinaryExpressionSyntax b when unwrapSameKind && b.IsKind(parent) => e,
        BinaryExpressionSyntax or ConditionalExpressionSyntax or SwitchExpressionSyntax or IsPatternExpressionSyntax => ParenthesizedExpression(e),
        _ => e,
    };

    public static ExpressionSyntax Not(ExpressionSyntax e) => PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, Paren(e));

    public static ExpressionSyntax Cast(TypeSyntax type, ExpressionSyntax e) => CastExpression(type, Paren(e));

    public static ExpressionSyntax Conditional(ExpressionSyntax condition, ExpressionSyntax whenTrue, ExpressionSyntax whenFalse) =>
        ConditionalExpression(Paren(condition), Paren(whenTrue), whenFalse);

    public static LocalDeclarationStatementSyntax Local(TypeSyntax type, string name, ExpressionSyntax value) =>
        LocalDeclarationStatement(VariableDeclaration(type, SingletonSeparatedList(
            VariableDeclarator(CSharpIdentifiers.Token(name)).WithInitializer(EqualsValueClause(value)))));

    public static TypeSyntax Predefined(SyntaxKind keyword) => PredefinedType(Token(keyword));
}
