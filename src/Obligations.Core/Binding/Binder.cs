using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Syntax;
using Obligations.Text;

namespace Obligations.Binding;

/// <summary>
/// Binds a set of syntax trees: declares every symbol, checks modules and imports, resolves types,
/// binds and type-checks every expression, and finds cycles. Takes trees, gives a <see cref="BoundProgram"/>.
/// </summary>
internal sealed partial class Binder
{
    private readonly ImmutableArray<SyntaxTree> _trees;
    private readonly CancellationToken _cancellationToken;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<Symbol> _symbols = new();
    private readonly Dictionary<string, Symbol> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _visible = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<string>> _imports = new(StringComparer.Ordinal);
    private readonly Dictionary<IdentifierSyntax, Symbol> _references = new();
    private readonly Dictionary<SyntaxNode, Symbol> _declared = new();
    private readonly Dictionary<ExpressionSyntax, BoundExpression> _expressions = new();

    private Binder(ImmutableArray<SyntaxTree> trees, CancellationToken cancellationToken)
    {
        _trees = trees;
        _cancellationToken = cancellationToken;
    }

    public static BoundProgram Bind(ImmutableArray<SyntaxTree> trees, CancellationToken cancellationToken)
    {
        var binder = new Binder(trees, cancellationToken);
        binder.DeclareAll();
        binder.BindModules();
        binder.BindMembersAndTypes();
        binder.BindBodies();
        new CycleDetector(binder._symbols, binder._diagnostics).Run();
        return new BoundProgram(
            binder._symbols.ToImmutableArray(),
            binder._imports.ToImmutableDictionary(StringComparer.Ordinal),
            binder._references,
            binder._declared,
            binder._expressions,
            binder._diagnostics.ToImmutable());
    }

    private void DeclareAll()
    {
        foreach (var tree in _trees)
        {
            foreach (var declaration in tree.Root.Declarations)
            {
                if (declaration.Name.IsMissing) continue;
                Symbol symbol = declaration switch
                {
                    EnumDeclarationSyntax e => new EnumSymbol(e, tree),
                    RecordDeclarationSyntax r => new RecordSymbol(r, tree),
                    FactDeclarationSyntax f => new FactSymbol(f, tree),
                    PartyDeclarationSyntax p => new PartySymbol(p, tree),
                    DefineDeclarationSyntax d => new DefineSymbol(d, tree),
                    ThresholdDeclarationSyntax t => new ThresholdSymbol(t, tree),
                    TriggerDeclarationSyntax t => new TriggerSymbol(t, tree),
                    MeasureDeclarationSyntax m => new MeasureSymbol(m, tree),
                    RuleDeclarationSyntax r => new RuleSymbol(r, tree),
                    ConsequenceDeclarationSyntax c => new ConsequenceSymbol(c, tree),
                    _ => throw new InvalidOperationException($"Unknown declaration {declaration.GetType().Name}"),
                };
                _declared[declaration] = symbol;
                if (_byName.TryGetValue(symbol.Name, out var existing))
                {
                    Report(DiagnosticDescriptors.DuplicateDeclaration, symbol.Location, symbol.Name, existing.KindDisplay, Describe(existing.Location))
                        .Also(d => _diagnostics.ReplaceLast(d.WithRelated(new RelatedLocation(existing.Location, "first declared here"))));
                    continue;
                }
                _byName[symbol.Name] = symbol;
                _symbols.Add(symbol);
            }
        }
    }

    private void BindModules()
    {
        var modules = _trees.Select(t => t.ModuleName).ToHashSet(StringComparer.Ordinal);
        foreach (var group in _trees.GroupBy(t => t.ModuleName, StringComparer.Ordinal))
        {
            var visible = new HashSet<string>(StringComparer.Ordinal) { group.Key };
            foreach (var tree in group)
            {
                foreach (var import in tree.Root.Imports)
                {
                    var name = import.Name.Text;
                    if (import.Name.Parts.Any(p => p.IsMissing)) continue;
                    var location = tree.GetLocation(import.Name.Span);
                    if (!modules.Contains(name))
                        Report(DiagnosticDescriptors.UnknownModule, location, name, Suggest(name, modules));
                    else if (name == group.Key)
                        Report(DiagnosticDescriptors.RedundantImport, location, name, "is this file's own module");
                    else if (!visible.Add(name) && tree.Root.Imports.Count(i => i.Name.Text == name) > 1)
                        Report(DiagnosticDescriptors.RedundantImport, location, name, "is imported more than once");
                }
            }
            _visible[group.Key] = visible;
            _imports[group.Key] = visible.Where(v => v != group.Key).OrderBy(v => v, StringComparer.Ordinal).ToImmutableArray();
        }
    }

    private Diagnostic Report(DiagnosticDescriptor descriptor, Location location, params object?[] args) =>
        _diagnostics.Report(descriptor, location, args);

    private Location Loc(Symbol context, TextSpan span) => context.Tree.GetLocation(span);

    private static string Describe(Location location) => $"{System.IO.Path.GetFileName(location.Path)}({location.Start})";
}

internal static class FluentExtensions
{
    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
