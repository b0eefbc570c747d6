using System.Collections.Immutable;
using Obligations.Syntax;

namespace Obligations.Binding;

// Symbols for data: enums and their members, records and their fields, facts, parties.

public sealed class EnumSymbol(EnumDeclarationSyntax syntax, SyntaxTree tree)
    : Symbol(syntax.Name.Text, tree, syntax, syntax.Name, syntax.DocComment, syntax.Citation)
{
    public override SymbolKind Kind => SymbolKind.Enum;
    public bool IsOrdered => syntax.IsOrdered;
    public ImmutableArray<EnumMemberSymbol> Members { get; internal set; } = ImmutableArray<EnumMemberSymbol>.Empty;
    public EnumType Type => new(this);
    public EnumMemberSymbol? FindMember(string name) => Members.FirstOrDefault(m => m.Name == name);
}

public sealed class EnumMemberSymbol(EnumMemberSyntax syntax, SyntaxTree tree, EnumSymbol owner, int ordinal)
    : Symbol(syntax.Name.Text, tree, syntax, syntax.Name, syntax.DocComment, syntax.Citation)
{
    public override SymbolKind Kind => SymbolKind.EnumMember;
    public EnumSymbol Enum => owner;

    /// <summary>Position in declaration order; for ordered enums, the first member is the lowest.</summary>
    public int Ordinal => ordinal;
}

public sealed class RecordSymbol(RecordDeclarationSyntax syntax, SyntaxTree tree)
    : Symbol(syntax.Name.Text, tree, syntax, syntax.Name, syntax.DocComment, syntax.Citation)
{
    public override SymbolKind Kind => SymbolKind.Record;
    public ImmutableArray<FieldSymbol> Fields { get; internal set; } = ImmutableArray<FieldSymbol>.Empty;
    public FieldSymbol? FindField(string name) => Fields.FirstOrDefault(f => f.Name == name);
}

public sealed class FieldSymbol(FieldSyntax syntax, SyntaxTree tree, RecordSymbol owner)
    : Symbol(syntax.Name.Text, tree, syntax, syntax.Name, syntax.DocComment, syntax.Citation)
{
    public override SymbolKind Kind => SymbolKind.Field;
    public RecordSymbol Record => owner;
    public FieldSyntax Syntax => syntax;
    public OblType Type { get; internal set; } = OblType.Error;
}

public sealed class FactSymbol(FactDeclarationSyntax syntax, SyntaxTree tree)
    : Symbol(syntax.Name.Text, tree, syntax, syntax.Name, syntax.DocComment, syntax.Citation)
{
    public override SymbolKind Kind => SymbolKind.Fact;
    public FactDeclarationSyntax Syntax => syntax;
    public OblType Type { get; internal set; } = OblType.Error;
}

public sealed class PartySymbol(PartyDeclarationSyntax syntax, SyntaxTree tree)
    : Symbol(syntax.Name.Text, tree, syntax, syntax.Name, syntax.DocComment, syntax.Citation)
{
    public override SymbolKind Kind => SymbolKind.Party;
    public string? Description => syntax.Description;
}
