using System.Collections.Immutable;
using Obligations.Diagnostics;
using Obligations.Syntax;

namespace Obligations.Binding;

/// <summary>
/// The result of binding a whole compilation: every symbol, every resolved name and every bound expression.
/// Immutable once built; the semantic model, the analyses and the emitter all read it.
/// </summary>
public sealed class BoundProgram
{
    internal BoundProgram(
        ImmutableArray<Symbol> symbols,
        ImmutableDictionary<string, ImmutableArray<string>> modules,
        IReadOnlyDictionary<IdentifierSyntax, Symbol> references,
        IReadOnlyDictionary<SyntaxNode, Symbol> declared,
        IReadOnlyDictionary<ExpressionSyntax, BoundExpression> expressions,
        ImmutableArray<Diagnostic> diagnostics)
    {
        Symbols = symbols;
        Modules = modules;
        References = references;
        Declared = declared;
        Expressions = expressions;
        Diagnostics = diagnostics;
        ByName = symbols.GroupBy(s => s.Name, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>Every top-level symbol, in file order then declaration order.</summary>
    public ImmutableArray<Symbol> Symbols { get; }

    /// <summary>Module name → the modules it imports.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> Modules { get; }

    public ImmutableDictionary<string, Symbol> ByName { get; }

    /// <summary>Every name in the source that refers to a symbol (keys compare by reference).</summary>
    public IReadOnlyDictionary<IdentifierSyntax, Symbol> References { get; }

    /// <summary>The symbol each declaration, member, field or criterion node declares (keys compare by reference).</summary>
    public IReadOnlyDictionary<SyntaxNode, Symbol> Declared { get; }

    /// <summary>The bound form of every expression node (keys compare by reference).</summary>
    public IReadOnlyDictionary<ExpressionSyntax, BoundExpression> Expressions { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public IEnumerable<EnumSymbol> Enums => Symbols.OfType<EnumSymbol>();
    public IEnumerable<RecordSymbol> Records => Symbols.OfType<RecordSymbol>();
    public IEnumerable<FactSymbol> Facts => Symbols.OfType<FactSymbol>();
    public IEnumerable<PartySymbol> Parties => Symbols.OfType<PartySymbol>();
    public IEnumerable<DefineSymbol> Defines => Symbols.OfType<DefineSymbol>();
    public IEnumerable<ThresholdSymbol> Thresholds => Symbols.OfType<ThresholdSymbol>();
    public IEnumerable<TriggerSymbol> Triggers => Symbols.OfType<TriggerSymbol>();
    public IEnumerable<MeasureSymbol> Measures => Symbols.OfType<MeasureSymbol>();
    public IEnumerable<RuleSymbol> Rules => Symbols.OfType<RuleSymbol>();
    public IEnumerable<ConsequenceSymbol> Consequences => Symbols.OfType<ConsequenceSymbol>();
}
