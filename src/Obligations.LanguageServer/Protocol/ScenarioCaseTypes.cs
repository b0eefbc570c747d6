namespace Obligations.LanguageServer.Protocol;

// The server's custom requests for scenario cases (documented in the server's README):
// obligations/listCases and obligations/runCases. Status names are those of scenario files ("breached").

/// <summary><c>obligations/listCases</c> parameters: none needed; every rule set of every workspace folder is listed.</summary>
public sealed record ListCasesParams;

public sealed record ListCasesResult(List<RuleSetCases> RuleSets);

/// <summary>A rule set (a folder holding <c>cases/</c>) and its case files.</summary>
public sealed record RuleSetCases(string Uri, string Name, List<ScenarioCaseItem> Cases);

/// <summary>One case file: its URI, its name (the file name without .json), description and expected statuses.</summary>
public sealed record ScenarioCaseItem(
    string Uri,
    string Name,
    string? Description,
    Dictionary<string, string> ExpectedRules,
    Dictionary<string, string> ExpectedConsequences,
    string? Problem);

/// <summary>
/// <c>obligations/runCases</c> parameters: the case URIs to run, or every case of the rule set at
/// <see cref="RuleSetUri"/>, or (both absent) every case of the workspace.
/// </summary>
public sealed record RunCasesParams(List<string>? Uris, string? RuleSetUri);

public sealed record RunCasesResult(List<CaseRunResult> Results, int Passed, int Failed);

/// <summary>
/// One case's run: pass/fail, every message <c>oblc test</c> would print for it, the differing statuses, and the
/// statuses the evaluation gave (empty when the rule set does not compile or the facts cannot be read).
/// </summary>
public sealed record CaseRunResult(
    string Uri,
    bool Passed,
    List<string> Messages,
    List<StatusDifference> Differences,
    Dictionary<string, string> ActualRules,
    Dictionary<string, string> ActualConsequences);

/// <summary>A differing status: <see cref="Subject"/> is "rule" or "consequence".</summary>
public sealed record StatusDifference(string Subject, string Name, string Expected, string Actual);
