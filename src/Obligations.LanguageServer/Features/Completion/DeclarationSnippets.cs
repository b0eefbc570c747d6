using Obligations.LanguageServer.Protocol;

namespace Obligations.LanguageServer.Features.Completion;

/// <summary>Snippets for whole declarations, offered where a declaration can start.</summary>
public static class DeclarationSnippets
{
    private static readonly (string Label, string Detail, string Body)[] s_snippets =
    [
        ("obligation", "obligation with holder, trigger, measure and deadline",
            "obligation ${1:name} source \"${2:citation}\" {\n    holder ${3:party}\n    when ${4:trigger}\n    must ${5:measure}\n    within ${6:72 hours}\n}"),
        ("prohibition", "prohibition with holder and trigger",
            "prohibition ${1:name} source \"${2:citation}\" {\n    holder ${3:party}\n    when ${4:trigger}\n    must not ${5:measure}\n}"),
        ("permission", "permission with holder and trigger",
            "permission ${1:name} source \"${2:citation}\" {\n    holder ${3:party}\n    when ${4:trigger}\n    may ${5:measure}\n}"),
        ("measure", "measure with a compliance test",
            "measure ${1:name} \"${2:description}\" source \"${3:citation}\" {\n    done when ${4:condition}\n}"),
        ("trigger", "trigger condition", "trigger ${1:name} source \"${2:citation}\" when ${3:condition}"),
        ("threshold", "threshold with criteria",
            "threshold ${1:name} source \"${2:citation}\" any of {\n    criterion ${3:criterion}: ${4:condition}\n}"),
        ("consequence", "consequence of breach",
            "consequence ${1:name} source \"${2:citation}\" {\n    kind ${3|responsibility,compensation,cessation,reparation,countermeasures,penalty,termination|}\n    on breach of ${4:any}\n}"),
        ("enum", "enumeration", "enum ${1:Name} {\n    ${2:first},\n    ${3:second},\n}"),
        ("record", "record with fields", "record ${1:Name} {\n    ${2:field}: ${3:bool}\n}"),
        ("fact", "input fact", "fact ${1:name}: ${2:bool}"),
        ("define", "computed value", "define ${1:name}: ${2:bool} = ${3:value}"),
        ("party", "duty-holder", "party ${1:name} \"${2:description}\""),
    ];

    public static IEnumerable<CompletionItem> All() => s_snippets.Select(s => new CompletionItem
    {
        Label = s.Label + " …",
        FilterText = s.Label,
        Kind = CompletionItemKind.Snippet,
        Detail = s.Detail,
        InsertText = s.Body,
        InsertTextFormat = Protocol.InsertTextFormat.Snippet,
        SortText = "2" + s.Label,
    });
}
