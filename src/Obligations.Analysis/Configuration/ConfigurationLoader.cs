using System.Collections.Immutable;
using System.Text.Json;
using Obligations.Diagnostics;
using Obligations.Text;

namespace Obligations.Analysis.Configuration;

/// <summary>
/// Finds and reads <c>obligations.json</c>: the nearest one in the rule file's folder or any parent wins.
/// Format: <c>{ "diagnostics": { "OBL3009": "none" | "info" | "warning" | "error" } }</c>. Comments and
/// trailing commas are allowed; anything else wrong is reported with the file and the JSON path.
/// </summary>
public sealed class ConfigurationLoader
{
    public const string FileName = "obligations.json";

    private readonly Dictionary<string, AnalysisConfiguration> _byDirectory = new(StringComparer.Ordinal);

    /// <summary>The configuration that governs a rule file.</summary>
    public AnalysisConfiguration ForFile(string path)
    {
        string? directory;
        try
        {
            directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return AnalysisConfiguration.Empty;
        }
        return directory is null ? AnalysisConfiguration.Empty : ForDirectory(directory);
    }

    private AnalysisConfiguration ForDirectory(string directory)
    {
        if (_byDirectory.TryGetValue(directory, out var cached)) return cached;
        var candidate = System.IO.Path.Combine(directory, FileName);
        var parent = System.IO.Path.GetDirectoryName(directory);
        // Only a regular file is read: a FIFO of that name would block the build and the editor forever.
        var configuration = File.Exists(candidate) && Semantics.FileKinds.IsRegularFile(candidate) ? ReadFile(candidate)
            : parent is null ? AnalysisConfiguration.Empty
            : ForDirectory(parent);
        _byDirectory[directory] = configuration;
        return configuration;
    }

    private static AnalysisConfiguration ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var source = new SourceText(path, string.Empty);
            return new AnalysisConfiguration(path, ImmutableDictionary<string, DiagnosticSeverity?>.Empty,
                [Problem(source, 0, $"'{path}' cannot be read: {e.Message}")]);
        }
        return Read(path, text);
    }

    /// <summary>Parses the text of a configuration file; problems become OBL3020 diagnostics located in it.</summary>
    public static AnalysisConfiguration Read(string path, string text)
    {
        var source = new SourceText(path, text);
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        var severities = ImmutableDictionary.CreateBuilder<string, DiagnosticSeverity?>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                problems.Add(Problem(source, 0, $"'{path}' at $: expected an object such as {{ \"diagnostics\": {{ \"OBL3009\": \"none\" }} }}"));
            else
                foreach (var property in root.EnumerateObject())
                {
                    if (property.Name != "diagnostics")
                        problems.Add(Problem(source, Find(text, property.Name), $"'{path}' at $.{property.Name}: unknown setting; the only setting is 'diagnostics'"));
                    else if (property.Value.ValueKind != JsonValueKind.Object)
                        problems.Add(Problem(source, Find(text, property.Name), $"'{path}' at $.diagnostics: expected an object mapping codes to severities"));
                    else
                        ReadSeverities(source, property.Value, severities, problems);
                }
        }
        catch (JsonException e)
        {
            var offset = OffsetOf(source, (int)(e.LineNumber ?? 0), (int)(e.BytePositionInLine ?? 0));
            var message = e.Message.Split(" LineNumber:")[0].Trim();
            problems.Add(Problem(source, offset, $"'{path}' is not valid JSON at {JsonErrorPath.Find(text)} (line {(e.LineNumber ?? 0) + 1}): {message}"));
        }
        return new AnalysisConfiguration(path, severities.ToImmutable(), problems.ToImmutable());
    }

    private static void ReadSeverities(SourceText source, JsonElement diagnostics, ImmutableDictionary<string, DiagnosticSeverity?>.Builder severities, ImmutableArray<Diagnostic>.Builder problems)
    {
        foreach (var entry in diagnostics.EnumerateObject())
        {
            var jsonPath = $"$.diagnostics.{entry.Name}";
            var offset = Find(source.Text, entry.Name);
            if (DiagnosticDescriptors.Find(entry.Name) is null)
            {
                problems.Add(Problem(source, offset, $"'{source.Path}' at {jsonPath}: unknown diagnostic code '{entry.Name}'"));
                continue;
            }
            DiagnosticSeverity? severity = entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString() switch
            {
                "none" => null,
                "info" => DiagnosticSeverity.Info,
                "warning" => DiagnosticSeverity.Warning,
                "error" => DiagnosticSeverity.Error,
                _ => DiagnosticSeverity.Hidden,
            } : DiagnosticSeverity.Hidden;
            if (severity == DiagnosticSeverity.Hidden)
                problems.Add(Problem(source, offset, $"'{source.Path}' at {jsonPath}: expected \"none\", \"info\", \"warning\" or \"error\", but found {entry.Value.GetRawText()}"));
            else
                severities[entry.Name] = severity;
        }
    }

    private static Diagnostic Problem(SourceText source, int offset, string message) =>
        Diagnostic.Create(DiagnosticDescriptors.InvalidConfiguration, new Location(source, new TextSpan(Math.Clamp(offset, 0, source.Length), 0)), message);

    private static int Find(string text, string name) => Math.Max(0, text.IndexOf("\"" + name + "\"", StringComparison.Ordinal));

    private static int OffsetOf(SourceText source, int line, int column) => source.GetOffset(new LinePosition(line, column));
}
