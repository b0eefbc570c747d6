namespace Obligations.LanguageServer.Protocol;

public sealed record CodeLensParams(TextDocumentIdentifier TextDocument);

public sealed record CodeLensOptions(bool ResolveProvider);

/// <summary>A command as LSP sends it; an empty <see cref="CommandName"/> makes a lens a plain label.</summary>
public sealed record LspCommand(string Title, [property: System.Text.Json.Serialization.JsonPropertyName("command")] string CommandName, List<object>? Arguments = null);

public sealed record CodeLens(Range Range, LspCommand? Command);
