using System.Collections.Immutable;

namespace Obligations.Syntax;

// Small leaf nodes shared by declarations, clauses and expressions.

/// <summary>A name as written. <see cref="IsMissing"/> marks a name the parser expected but did not find.</summary>
public sealed class IdentifierSyntax(string text, bool isMissing) : SyntaxNode
{
    public string Text { get; } = text;
    public bool IsMissing { get; } = isMissing;

    internal override void AppendChildren(List<SyntaxNode> children) { }
}

/// <summary>A dotted module name, <c>harm_prevention.facts</c>.</summary>
public sealed class QualifiedNameSyntax(ImmutableArray<IdentifierSyntax> parts) : SyntaxNode
{
    public ImmutableArray<IdentifierSyntax> Parts { get; } = parts;
    public string Text => string.Join(".", Parts.Select(p => p.Text));

    internal override void AppendChildren(List<SyntaxNode> children) => Add(children, Parts);
}

/// <summary><c>source "…"</c>: the legal source a declaration or clause cites (unescaped text).</summary>
public sealed class CitationSyntax(string text) : SyntaxNode
{
    public string Text { get; } = text;

    internal override void AppendChildren(List<SyntaxNode> children) { }
}

public sealed class ModuleDeclarationSyntax(QualifiedNameSyntax name) : SyntaxNode
{
    public QualifiedNameSyntax Name { get; } = name;

    internal override void AppendChildren(List<SyntaxNode> children) => children.Add(Name);
}

public sealed class ImportSyntax(QualifiedNameSyntax name) : SyntaxNode
{
    public QualifiedNameSyntax Name { get; } = name;

    internal override void AppendChildren(List<SyntaxNode> children) => children.Add(Name);
}

/// <summary>The root of one file.</summary>
public sealed class CompilationUnitSyntax(
    ModuleDeclarationSyntax? module,
    ImmutableArray<ImportSyntax> imports,
    ImmutableArray<DeclarationSyntax> declarations) : SyntaxNode
{
    public ModuleDeclarationSyntax? Module { get; } = module;
    public ImmutableArray<ImportSyntax> Imports { get; } = imports;
    public ImmutableArray<DeclarationSyntax> Declarations { get; } = declarations;

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        Add(children, Module);
        Add(children, Imports);
        Add(children, Declarations);
    }
}
