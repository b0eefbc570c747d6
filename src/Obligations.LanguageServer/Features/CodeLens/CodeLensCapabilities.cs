using System.Text.Json;

namespace Obligations.LanguageServer.Features.CodeLens;

/// <summary>Reads from the client's capabilities whether it handles <c>workspace/codeLens/refresh</c>.</summary>
public static class CodeLensCapabilities
{
    public static bool SupportsRefresh(JsonElement? capabilities) =>
        capabilities is { ValueKind: JsonValueKind.Object } c
        && c.TryGetProperty("workspace", out var workspace) && workspace.ValueKind == JsonValueKind.Object
        && workspace.TryGetProperty("codeLens", out var codeLens) && codeLens.ValueKind == JsonValueKind.Object
        && codeLens.TryGetProperty("refreshSupport", out var refresh) && refresh.ValueKind == JsonValueKind.True;
}
