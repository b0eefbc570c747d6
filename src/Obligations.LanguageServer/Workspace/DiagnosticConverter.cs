using Obligations.Diagnostics;
using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;

namespace Obligations.LanguageServer.Workspace;

/// <summary>A compiler diagnostic as an LSP diagnostic: code, severity, help link, related places, properties.</summary>
public static class DiagnosticConverter
{
    public static LspDiagnostic ToLsp(Diagnostic diagnostic, WorkspaceSnapshot snapshot) => new()
    {
        Range = diagnostic.Location.Source.ToRange(diagnostic.Location.Span),
        Severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => LspDiagnosticSeverity.Error,
            DiagnosticSeverity.Warning => LspDiagnosticSeverity.Warning,
            DiagnosticSeverity.Info => LspDiagnosticSeverity.Information,
            _ => LspDiagnosticSeverity.Hint,
        },
        Code = diagnostic.Id,
        CodeDescription = HelpLinks.Resolve(diagnostic.Descriptor.HelpLink) is { } help ? new CodeDescription(help) : null,
        Message = diagnostic.Message,
        RelatedInformation = diagnostic.RelatedLocations.IsDefaultOrEmpty
            ? null
            : diagnostic.RelatedLocations
                .Select(r => new DiagnosticRelatedInformation(
                    new LspLocation(snapshot.UriOf(r.Location.Path), r.Location.Source.ToRange(r.Location.Span)), r.Message))
                .ToList(),
        Data = diagnostic.Properties.IsEmpty ? null : diagnostic.Properties.ToDictionary(p => p.Key, p => p.Value),
    };
}
