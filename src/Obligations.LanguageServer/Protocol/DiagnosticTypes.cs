namespace Obligations.LanguageServer.Protocol;

public static class LspDiagnosticSeverity
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
    public const int Hint = 4;
}

public sealed record CodeDescription(string Href);

public sealed record DiagnosticRelatedInformation(LspLocation Location, string Message);

public sealed record LspDiagnostic
{
    public required Range Range { get; init; }
    public int Severity { get; init; }
    public string? Code { get; init; }
    public CodeDescription? CodeDescription { get; init; }
    public string Source { get; init; } = "obl";
    public required string Message { get; init; }
    public List<DiagnosticRelatedInformation>? RelatedInformation { get; init; }

    /// <summary>The diagnostic's machine-readable properties, echoed back by the client in code action requests.</summary>
    public Dictionary<string, string>? Data { get; init; }
}

public sealed record PublishDiagnosticsParams(string Uri, int? Version, List<LspDiagnostic> Diagnostics);

public static class MessageType
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Info = 3;
    public const int Log = 4;
}

public sealed record LogMessageParams(int Type, string Message);
