using System.Text.Json;

namespace Obligations.LanguageServer.Server;

/// <summary>What the client configured: initializationOptions <c>{ "analysisEnabled": bool }</c>, or the same key later.</summary>
public sealed class ServerSettings
{
    private volatile bool _analysisEnabled = true;

    public bool AnalysisEnabled
    {
        get => _analysisEnabled;
        set => _analysisEnabled = value;
    }

    /// <summary>Reads <c>analysisEnabled</c> from an options object, or from its <c>obligations</c> section.</summary>
    public void Apply(JsonElement? options)
    {
        if (options is not { ValueKind: JsonValueKind.Object } element) return;
        if (element.TryGetProperty("obligations", out var section) && section.ValueKind == JsonValueKind.Object) element = section;
        if (element.TryGetProperty("analysisEnabled", out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            AnalysisEnabled = value.GetBoolean();
    }
}
