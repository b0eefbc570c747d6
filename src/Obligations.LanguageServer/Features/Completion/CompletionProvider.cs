using Obligations.Binding;
using Obligations.LanguageServer.Features.Shared;
using Obligations.LanguageServer.Protocol;
using Obligations.Semantics;
using Obligations.Syntax;

namespace Obligations.LanguageServer.Features.Completion;

/// <summary>
/// Decides what fits at a completion site: record fields or enum members after a dot, units after a number,
/// enum members where the other side of a comparison or <c>in</c> is an enum, the right kind of name after
/// holder / must / may / overrides / on breach of, types after a colon, clause keywords at the start of a
/// clause, declarations and their snippets at the top level, and names in scope inside expressions.
/// </summary>
public static class CompletionProvider
{
    private static readonly HashSet<string> s_comparisons = ["=", "!=", "<", "<=", ">", ">="];

    public static IEnumerable<CompletionItem> GetItems(CompletionSite site, SemanticModel model)
    {
        if (site.InCommentOrText) return [];
        var cached = CompletionScope.For(model);
        var scopeList = cached.List;
        var scope = cached.ByName;
        var previous = site.Previous;
        var before = site.Before;
        var last = before.Count - 1;

        if (previous is { Text: "." })
        {
            var (type, enumSymbol) = ChainResolver.Resolve(before, last - 1, scope);
            if (enumSymbol is not null) return CompletionItems.Symbols(enumSymbol.Members, "0");
            return type is RecordType record ? CompletionItems.Symbols(record.Symbol.Fields, "0") : [];
        }
        if (previous is { Kind: SyntaxTokenKind.Number })
            return CompletionItems.Values(LanguageFacts.DurationUnits, CompletionItemKind.Unit, "duration unit")
                .Concat(CompletionItems.Values(Currencies(model), CompletionItemKind.Unit, "currency"));
        if (Keyworded(site, scopeList) is { } keyworded) return keyworded;

        var expectedEnum = ExpectedEnum(site, scope);
        var enumMembers = expectedEnum is null ? [] : CompletionItems.Symbols(expectedEnum.Members, "0");
        if (site.AtLineStart && !ExpectsOperand(previous))
        {
            var clauses = ClauseStarts(site, scopeList);
            var continuation = EndsOperand(previous) && site.Block is not null ? CompletionItems.Keywords(["and", "or"], "3") : [];
            return enumMembers.Concat(clauses).Concat(continuation);
        }
        if (EndsOperand(previous))
        {
            var afterName = previous is { Kind: SyntaxTokenKind.Identifier } && site.PreviousAt(1) is { Kind: SyntaxTokenKind.Keyword } declared
                && LanguageFacts.DeclarationKeywords.Contains(declared.Text);
            return afterName ? CompletionItems.Keywords(["source"]) : CompletionItems.Keywords(LanguageFacts.OperatorKeywords);
        }
        var names = scopeList.Where(s => s.Kind is SymbolKind.Fact or SymbolKind.Define or SymbolKind.Threshold or SymbolKind.Trigger or SymbolKind.Enum);
        return enumMembers.Concat(CompletionItems.Symbols(names)).Concat(CompletionItems.Keywords(LanguageFacts.ExpressionStartKeywords, "2"));
    }

    /// <summary>Places where a keyword says exactly what comes next.</summary>
    private static IEnumerable<CompletionItem>? Keyworded(CompletionSite site, List<Symbol> scope)
    {
        var previous = site.Previous;
        var before = site.PreviousAt(1);
        IEnumerable<Symbol> OfKind(SymbolKind kind) => scope.Where(s => s.Kind == kind);
        switch (previous?.Text)
        {
            case "holder": return CompletionItems.Symbols(OfKind(SymbolKind.Party), "0");
            case "must": return CompletionItems.Keywords(["not"], "1").Concat(CompletionItems.Symbols(OfKind(SymbolKind.Measure), "0"));
            case "may": return CompletionItems.Symbols(OfKind(SymbolKind.Measure), "0");
            case "not" when before?.Text == "must": return CompletionItems.Symbols(OfKind(SymbolKind.Measure), "0");
            case "overrides": return CompletionItems.Symbols(OfKind(SymbolKind.Rule), "0");
            case "to" when before?.Text == "owed": return CompletionItems.Symbols(OfKind(SymbolKind.Party), "0");
            case "strength": return CompletionItems.Values(LanguageFacts.Strengths, CompletionItemKind.EnumMember, "normative strength");
            case "of" when before?.Text == "not_met": return CompletionItems.Keywords(["any"], "1").Concat(CompletionItems.Symbols(OfKind(SymbolKind.Rule), "0"));
            case "because": return CompletionItems.Values(LanguageFacts.OverrideReasons, CompletionItemKind.EnumMember, "override reason");
            case "kind" when site.Block == "consequence": return CompletionItems.Values(LanguageFacts.ConsequenceKinds, CompletionItemKind.EnumMember, "consequence kind");
            case "of" when before?.Text == "breach": return CompletionItems.Keywords(["any"], "1").Concat(CompletionItems.Symbols(OfKind(SymbolKind.Rule), "0"));
            case "of" when before?.Text == "set": return CompletionItems.Symbols(OfKind(SymbolKind.Enum), "0");
            case "with" when before?.Text == "incompatible": return CompletionItems.Symbols(OfKind(SymbolKind.Measure), "0");
            case "on" when site.Block == "consequence": return CompletionItems.Keywords(["breach of", "not_met of"], "0");
            case "any" or "all" when site.Block is null: return CompletionItems.Keywords(["of"], "0");
            case ":" when IsTypePosition(site): return CompletionItems.Types(scope);
            case "," when LineStartsWith(site, "incompatible"): return CompletionItems.Symbols(OfKind(SymbolKind.Measure), "0");
            case "," when LineStartsWith(site, "on") && site.Block == "consequence": return CompletionItems.Symbols(OfKind(SymbolKind.Rule), "0");
            case "enum" or "record" or "fact" or "party" or "define" or "threshold" or "trigger" or "measure" or "obligation"
                or "prohibition" or "permission" or "consequence" or "criterion" or "module":
                return []; // a new name comes next
            default: return null;
        }
    }

    private static IEnumerable<CompletionItem> ClauseStarts(CompletionSite site, List<Symbol> scope) => site.Block switch
    {
        null => CompletionItems.Keywords(site.Before.Count == 0 ? ["module", "import", .. LanguageFacts.DeclarationKeywords] : LanguageFacts.DeclarationKeywords)
            .Concat(DeclarationSnippets.All()),
        "obligation" or "prohibition" or "permission" => CompletionItems.Keywords(LanguageFacts.RuleClauseKeywords),
        "measure" => CompletionItems.Keywords(LanguageFacts.MeasureClauseKeywords),
        "consequence" => CompletionItems.Keywords(LanguageFacts.ConsequenceClauseKeywords),
        "threshold" => CompletionItems.Keywords(["criterion"]),
        "match" => CompletionItems.Keywords(["when", "else"], "2"),
        _ => [],
    };

    /// <summary>The enum expected at the cursor: the other side of a comparison or <c>in</c>, or the subject of a match.</summary>
    private static EnumSymbol? ExpectedEnum(CompletionSite site, IReadOnlyDictionary<string, Symbol> scope)
    {
        var before = site.Before;
        var last = before.Count - 1;
        if (last >= 1 && s_comparisons.Contains(before[last].Text)) return AsEnum(ChainResolver.Resolve(before, last - 1, scope).Type);
        if (site.Block == "set" && site.BlockBraceIndex >= 2 && before[site.BlockBraceIndex - 1].Text == "in")
        {
            var left = site.BlockBraceIndex - 2;
            if (left >= 0 && before[left].Text == "not") left--;
            return AsEnum(ChainResolver.Resolve(before, left, scope).Type);
        }
        if (site.Block == "match" && (site.Previous?.Text is "{" or "," or "|" || site.AtLineStart))
        {
            var brace = site.BlockBraceIndex;
            if (brace >= 2 && before[brace - 1].Kind == SyntaxTokenKind.Identifier) return AsEnum(ChainResolver.Resolve(before, brace - 1, scope).Type);
        }
        return null;
    }

    private static EnumSymbol? AsEnum(OblType? type) => type is EnumType e ? e.Symbol : null;

    private static bool IsTypePosition(CompletionSite site) =>
        site.Block == "record" || site.PreviousAt(2) is { Text: "fact" or "define" };

    private static bool LineStartsWith(CompletionSite site, string keyword)
    {
        var text = site.Tree.Text;
        var line = text.GetLinePosition(site.WordStart).Line;
        return text.GetLineText(line).TrimStart().StartsWith(keyword + " ", StringComparison.Ordinal);
    }

    private static bool EndsOperand(SyntaxToken? token) => token is { } t
        && (t.Kind is SyntaxTokenKind.Identifier or SyntaxTokenKind.Number or SyntaxTokenKind.Date or SyntaxTokenKind.Text
            || t.Text is ")" or "true" or "false" or "now");

    private static bool ExpectsOperand(SyntaxToken? token) => token is { } t
        && (t.Kind == SyntaxTokenKind.Operator && t.Text != "." || t.Text is "when" or "unless" or "and" or "or" or "not" or "in" or "(" or "within" or "after" or "on");

    private static IEnumerable<string> Currencies(SemanticModel model)
    {
        var used = model.Program.Facts.Select(f => f.Type)
            .Concat(model.Program.Records.SelectMany(r => r.Fields).Select(f => f.Type))
            .Concat(model.Program.Defines.Select(d => d.Type))
            .OfType<MoneyType>().Select(m => m.Currency);
        return used.Concat(LanguageFacts.CommonCurrencies).Distinct();
    }
}
