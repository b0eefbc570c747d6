using Obligations.Binding;
using Obligations.Syntax;

namespace Obligations.LanguageServer.Features.Shared;

/// <summary>How symbols and types read in hovers, completion details and outlines: as a rule author writes them.</summary>
public static class SymbolDisplay
{
    /// <summary>A type as it is written in source: <c>money USD</c>, <c>set of Capacity</c>.</summary>
    public static string TypeText(OblType type) => type switch
    {
        PrimitiveType p => p.Kind switch
        {
            PrimitiveKind.Bool => "bool",
            PrimitiveKind.Int => "int",
            PrimitiveKind.Decimal => "decimal",
            PrimitiveKind.Duration => "duration",
            PrimitiveKind.Date => "date",
            _ => "text",
        },
        MoneyType m => $"money {m.Currency}",
        EnumType e => e.Symbol.Name,
        RecordType r => r.Symbol.Name,
        SetType s => $"set of {TypeText(s.Element)}",
        _ => "?",
    };

    /// <summary>The one-line signature shown in a hover's code block.</summary>
    public static string Signature(Symbol symbol) => symbol switch
    {
        FactSymbol f => $"fact {f.Name}: {TypeText(f.Type)}",
        FieldSymbol f => $"{f.Record.Name}.{f.Name}: {TypeText(f.Type)}",
        DefineSymbol d => $"define {d.Name}: {TypeText(d.Type)}",
        EnumSymbol e => $"enum {e.Name}{(e.IsOrdered ? " ordered" : "")} {{ {string.Join(", ", e.Members.Select(m => m.Name))} }}",
        EnumMemberSymbol m => $"{m.Enum.Name}.{m.Name}",
        RecordSymbol r => $"record {r.Name} ({r.Fields.Length} field{(r.Fields.Length == 1 ? "" : "s")})",
        PartySymbol p => p.Description is null ? $"party {p.Name}" : $"party {p.Name} \"{p.Description}\"",
        ThresholdSymbol t => $"threshold {t.Name} {(t.Quantifier == Syntax.ThresholdQuantifier.Any ? "any" : "all")} of {t.Criteria.Length} criteria: bool",
        CriterionSymbol c => $"criterion {c.Threshold.Name}.{c.Name}: bool{StrengthText(c.Strength, c.StrengthCitation)}",
        TriggerSymbol t => $"trigger {t.Name}: bool",
        MeasureSymbol m => m.Description is null ? $"measure {m.Name}" : $"measure {m.Name} \"{m.Description}\"",
        RuleSymbol r => RuleSignature(r),
        ConsequenceSymbol c => $"consequence {c.Name}{(c.ConsequenceKind is { } k ? " (" + k.ToString().ToLowerInvariant() + ")" : "")}",
        _ => symbol.ToString(),
    };

    /// <summary>A short detail for completion lists and outlines.</summary>
    public static string Detail(Symbol symbol) => symbol switch
    {
        FactSymbol f => TypeText(f.Type),
        FieldSymbol f => TypeText(f.Type),
        DefineSymbol d => TypeText(d.Type),
        EnumMemberSymbol m => m.Enum.Name,
        MeasureSymbol m => m.Description ?? "measure",
        PartySymbol p => p.Description ?? "party",
        _ => symbol.KindDisplay,
    };

    /// <summary>Strength as hovers show it: nothing for settled (binding) norms.</summary>
    private static string StrengthText(NormStrength strength, string? citation) => strength == NormStrength.Settled
        ? ""
        : $" (strength {Vocabulary.Strengths[(int)strength]}, not binding{(citation is null ? "" : ": " + citation)})";

    private static string RuleSignature(RuleSymbol rule)
    {
        var modality = rule.Modality switch
        {
            Syntax.Modality.Must => "must",
            Syntax.Modality.MustNot => "must not",
            Syntax.Modality.May => "may",
            _ => null,
        };
        var holder = rule.Holder is { } h ? $"{h.Name} " : "";
        var act = modality is null || rule.Measure is null ? "" : $": {holder}{modality} {rule.Measure.Name}";
        var owed = rule.OwedTo is { } o ? $", owed to {o.Name}" : "";
        return $"{rule.KindDisplay} {rule.Name}{act}{owed}{StrengthText(rule.Strength, rule.StrengthCitation)}";
    }
}
