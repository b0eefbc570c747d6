using Obligations.Text;

namespace Obligations.LanguageServer.Workspace;

/// <summary>A document the client has open: its URI as the client spells it, its version and its current text.</summary>
public sealed record OpenDocument(string Uri, string Path, int Version, SourceText Text);
