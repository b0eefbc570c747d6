using System.Collections.Immutable;
using Obligations.Binding;
using Obligations.Syntax;
using Obligations.Text;

namespace Obligations.Semantics;

/// <summary>Questions about one file of a compilation, asked by position or by node: what the editor needs.</summary>
public sealed class SemanticModel
{
    private readonly Lazy<ImmutableArray<(TextSpan Span, Symbol Symbol, bool IsDeclaration)>> _names;

    internal SemanticModel(Compilation compilation, SyntaxTree tree, BoundProgram program)
    {
        Compilation = compilation;
        Tree = tree;
        Program = program;
        _names = new Lazy<ImmutableArray<(TextSpan, Symbol, bool)>>(IndexNames);
    }

    public Compilation Compilation { get; }
    public SyntaxTree Tree { get; }
    public BoundProgram Program { get; }

    /// <summary>The symbol declared or referred to by the name at <paramref name="position"/>, if any.</summary>
    public Symbol? GetSymbolAt(int position)
    {
        Symbol? touching = null;
        foreach (var (span, symbol, _) in _names.Value)
        {
            if (span.Contains(position)) return symbol;
            if (span.End == position) touching = symbol;
        }
        return touching;
    }

    /// <summary>Every name in this file with the symbol it declares or refers to, in source order.</summary>
    public ImmutableArray<(TextSpan Span, Symbol Symbol, bool IsDeclaration)> GetNames() => _names.Value;

    public Symbol? GetDeclaredSymbol(SyntaxNode node) => Program.Declared.TryGetValue(node, out var symbol) ? symbol : null;

    public Symbol? GetReferencedSymbol(IdentifierSyntax name) => Program.References.TryGetValue(name, out var symbol) ? symbol : null;

    public BoundExpression? GetBoundExpression(ExpressionSyntax expression) =>
        Program.Expressions.TryGetValue(expression, out var bound) ? bound : null;

    public OblType? GetTypeOf(ExpressionSyntax expression) => GetBoundExpression(expression)?.Type;

    /// <summary>The innermost expression whose span touches <paramref name="position"/>.</summary>
    public ExpressionSyntax? FindExpression(int position) =>
        Tree.Root.FindPath(position).OfType<ExpressionSyntax>().LastOrDefault();

    /// <summary>The declarations of this file that bound to symbols, in source order.</summary>
    public IEnumerable<Symbol> GetDeclaredSymbols() =>
        Tree.Root.Declarations.Select(GetDeclaredSymbol).OfType<Symbol>();

    /// <summary>Top-level symbols visible from this file's module (its own module and its imports).</summary>
    public IEnumerable<Symbol> LookupSymbols()
    {
        var module = Tree.ModuleName;
        var visible = Program.Modules.TryGetValue(module, out var imports) ? imports.Add(module) : [module];
        return Program.Symbols.Where(s => visible.Contains(s.ModuleName));
    }

    /// <summary>Every place in the compilation that declares or refers to <paramref name="symbol"/>.</summary>
    public IEnumerable<(Location Location, bool IsDeclaration)> FindReferences(Symbol symbol)
    {
        foreach (var tree in Compilation.SyntaxTrees)
        {
            var model = ReferenceEquals(tree, Tree) ? this : Compilation.GetSemanticModel(tree);
            foreach (var (span, s, isDeclaration) in model.GetNames())
                if (ReferenceEquals(s, symbol)) yield return (tree.GetLocation(span), isDeclaration);
        }
    }

    private ImmutableArray<(TextSpan, Symbol, bool)> IndexNames()
    {
        var declaredNames = new Dictionary<IdentifierSyntax, Symbol>();
        foreach (var symbol in Program.Declared.Values)
            if (ReferenceEquals(symbol.Tree, Tree)) declaredNames[symbol.NameSyntax] = symbol;
        var result = ImmutableArray.CreateBuilder<(TextSpan, Symbol, bool)>();
        foreach (var node in Tree.Root.DescendantNodesAndSelf())
        {
            if (node is not IdentifierSyntax id || id.IsMissing) continue;
            if (declaredNames.TryGetValue(id, out var declared)) result.Add((id.Span, declared, true));
            else if (Program.References.TryGetValue(id, out var referenced)) result.Add((id.Span, referenced, false));
        }
        return result.OrderBy(r => r.Item1.Start).ToImmutableArray();
    }
}
