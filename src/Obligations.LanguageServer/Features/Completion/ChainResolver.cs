using Obligations.Binding;
using Obligations.Syntax;

namespace Obligations.LanguageServer.Features.Completion;

/// <summary>
/// Resolves a dotted name written before the cursor (<c>incident.risk</c>, <c>Capacity</c>) from its tokens:
/// to the type it has, or to the enum it names. Works on text the parser could not make sense of.
/// </summary>
public static class ChainResolver
{
    /// <summary>Resolves the chain ending at <paramref name="lastIndex"/> in <paramref name="tokens"/>.</summary>
    public static (OblType? Type, EnumSymbol? Enum) Resolve(IReadOnlyList<SyntaxToken> tokens, int lastIndex, IReadOnlyDictionary<string, Symbol> scope)
    {
        var names = new List<string>();
        var i = lastIndex;
        while (i >= 0 && tokens[i].Kind == SyntaxTokenKind.Identifier)
        {
            names.Insert(0, tokens[i].Text);
            if (i >= 1 && tokens[i - 1].Text == ".") i -= 2;
            else break;
        }
        if (names.Count == 0 || !scope.TryGetValue(names[0], out var first)) return (null, null);
        OblType? type = first switch
        {
            FactSymbol f => f.Type,
            DefineSymbol d => d.Type,
            ThresholdSymbol or TriggerSymbol => OblType.Bool,
            _ => null,
        };
        if (first is EnumSymbol e)
        {
            if (names.Count == 1) return (null, e);
            return names.Count == 2 && e.FindMember(names[1]) is not null ? (e.Type, null) : (null, null);
        }
        foreach (var name in names.Skip(1))
        {
            if (type is not RecordType record || record.Symbol.FindField(name) is not { } field) return (null, null);
            type = field.Type;
        }
        return (type, null);
    }
}
