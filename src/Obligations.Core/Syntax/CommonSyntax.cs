using System.Collections.Immutable;

namespace Obligations.Syntax;

// Small leaf nodes shared by declarations, clauses and expressions.

/// <summary>A name as written. <see cref="IsMissing"/> marks a name the parser expected but did not find.</summary>
public sealed record IdentifierSyntax(string Text, bool IsMissing) : SyntaxNode;

/// <summary>A dotted module name, <c>harm_prevention.facts</c>.</summary>
public sealed record QualifiedNameSyntax(ImmutableArray<IdentifierSyntax> Parts) : SyntaxNode
{
    public string Text => string.Join(".", Parts.Select(p => p.Text));
}

/// <summary><c>source "…"</c>: the legal source a declaration or clause cites (unescaped text).</summary>
public sealed record CitationSyntax(string Text) : SyntaxNode;

public sealed record ModuleDeclarationSyntax(QualifiedNameSyntax Name) : SyntaxNode;

public sealed record ImportSyntax(QualifiedNameSyntax Name) : SyntaxNode;

/// <summary>The root of one file.</summary>
public sealed record CompilationUnitSyntax(
    ModuleDeclarationSyntax? Module,
    ImmutableArray<ImportSyntax> Imports,
    ImmutableArray<DeclarationSyntax> Declarations) : SyntaxNode;
