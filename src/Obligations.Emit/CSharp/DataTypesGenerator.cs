using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Obligations.Lowering;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static Obligations.Emit.CSharp.SyntaxHelpers;

namespace Obligations.Emit.CSharp;

/// <summary>
/// The typed input side: a C# enum per enum (and a flags enum for each enum used as a set), a class per record,
/// and the <c>Facts</c> class with one property per fact. Names the C# side had to change carry [OblName].
/// </summary>
internal sealed class DataTypesGenerator(IrProgram program, GeneratedNames names)
{
    public IEnumerable<MemberDeclarationSyntax> Generate()
    {
        foreach (var e in program.Enums)
        {
            yield return Enum(e);
            if (names.HasSet(e)) yield return SetEnum(e);
        }
        foreach (var r in program.Records)
            yield return Class(names.Of(r), r.Fields.Select(f => Property(names.Of(f), f.Name, f.Type)));
        yield return Class(names.Facts, program.Facts.Select(f => Property(names.Of(f), f.Name, f.Type)));
    }

    private EnumDeclarationSyntax Enum(IrEnum e) =>
        EnumDeclaration(CSharpIdentifiers.TypeToken(names.Of(e)))
            .AddModifiers(Token(SyntaxKind.PublicKeyword))
            .WithMembers(SeparatedList(e.Members.Select(m => EnumMemberDeclaration(CSharpIdentifiers.Token(names.Of(m)))
                .WithAttributeLists(NameAttribute(names.Of(m), m.Name)))));

    private EnumDeclarationSyntax SetEnum(IrEnum e)
    {
        var members = e.Members.Select(m => EnumMemberDeclaration(CSharpIdentifiers.Token(names.Of(m)))
            .WithEqualsValue(EqualsValueClause(Binary(SyntaxKind.LeftShiftExpression,
                LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(1UL)), Int(m.Ordinal)))));
        var none = EnumMemberDeclaration(Identifier("None")).WithEqualsValue(EqualsValueClause(LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(0UL))));
        return EnumDeclaration(CSharpIdentifiers.TypeToken(names.SetOf(e)))
            .AddModifiers(Token(SyntaxKind.PublicKeyword))
            .AddAttributeLists(AttributeList(SeparatedList([
                Attribute(Fixed("global::System.Flags")),
                Attribute(Fixed(RuntimeNs + ".SetOf"), AttributeArgumentList(SingletonSeparatedList(AttributeArgument(TypeOfExpression(names.Type(names.Of(e))))))),
            ])))
            .WithBaseList(BaseList(SingletonSeparatedList<BaseTypeSyntax>(SimpleBaseType(Predefined(SyntaxKind.ULongKeyword)))))
            .WithMembers(SeparatedList(members.Prepend(none)));
    }

    private static ClassDeclarationSyntax Class(string name, IEnumerable<MemberDeclarationSyntax> members) =>
        ClassDeclaration(CSharpIdentifiers.TypeToken(name))
            .AddModifiers(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.SealedKeyword))
            .WithMembers(List(members));

    private PropertyDeclarationSyntax Property(string csharpName, string name, IrType type)
    {
        var property = PropertyDeclaration(names.TypeOf(type), CSharpIdentifiers.Token(csharpName))
            .AddModifiers(Token(SyntaxKind.PublicKeyword))
            .WithAccessorList(AccessorList(List([
                AccessorDeclaration(SyntaxKind.GetAccessorDeclaration).WithSemicolonToken(Token(SyntaxKind.SemicolonToken)),
                AccessorDeclaration(SyntaxKind.SetAccessorDeclaration).WithSemicolonToken(Token(SyntaxKind.SemicolonToken)),
            ])));
        var attributes = NameAttribute(csharpName, name);
        if (type is { Kind: IrTypeKind.Money, Currency: { } currency })
            attributes = attributes.Add(AttributeList(SingletonSeparatedList(Attribute(Fixed(RuntimeNs + ".Money"),
                AttributeArgumentList(SingletonSeparatedList(AttributeArgument(Str(currency))))))));
        property = property.WithAttributeLists(attributes);
        ExpressionSyntax? initial = type.Kind switch
        {
            IrTypeKind.Text => Str(string.Empty),
            IrTypeKind.Record => ImplicitObjectCreationExpression(),
            _ => null,
        };
        return initial is null ? property : property.WithInitializer(EqualsValueClause(initial)).WithSemicolonToken(Token(SyntaxKind.SemicolonToken));
    }

    /// <summary>[OblName("…")] when the C# name is not the name in the rules (a keyword escape alone keeps the name).</summary>
    private static SyntaxList<AttributeListSyntax> NameAttribute(string csharpName, string name) =>
        csharpName == name
            ? default
            : SingletonList(AttributeList(SingletonSeparatedList(Attribute(Fixed(RuntimeNs + ".OblName"),
                AttributeArgumentList(SingletonSeparatedList(AttributeArgument(Str(name))))))));
}
