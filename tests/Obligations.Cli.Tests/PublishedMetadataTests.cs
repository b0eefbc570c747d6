using System.Text.Json;
using System.Text.RegularExpressions;
using Obligations.Diagnostics;

namespace Obligations.Cli.Tests;

/// <summary>What a user of the published product sees: license files, the VSIX manifest, the obligations.json schema.</summary>
public sealed class PublishedMetadataTests
{
    private static string Root => CliRunner.Root;

    [Theory]
    [InlineData("LICENSE")]
    [InlineData("CHANGELOG.md")]
    [InlineData("CONTRIBUTING.md")]
    [InlineData("build/package/icon.png")]
    [InlineData("build/package/README.md")]
    public void Root_files_exist(string path) => Assert.True(File.Exists(Path.Combine(Root, path)), path);

    [Fact]
    public void Vsix_manifest_has_an_icon_and_no_placeholder()
    {
        var text = File.ReadAllText(Path.Combine(Root, "editor-extension", "package.json"));
        Assert.DoesNotContain("example.invalid", text);
        using var manifest = JsonDocument.Parse(text);
        var icon = Path.Combine(Root, "editor-extension", manifest.RootElement.GetProperty("icon").GetString()!);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(icon)[..4]);
        Assert.Equal("MIT", manifest.RootElement.GetProperty("license").GetString());
    }

    [Fact]
    public void Obligations_json_schema_is_contributed_and_agrees_with_the_loader()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "editor-extension", "package.json")));
        var validation = manifest.RootElement.GetProperty("contributes").GetProperty("jsonValidation")[0];
        Assert.Equal("obligations.json", validation.GetProperty("fileMatch").GetString());
        var schemaPath = Path.Combine(Root, "editor-extension", validation.GetProperty("url").GetString()!);
        using var schema = JsonDocument.Parse(File.ReadAllText(schemaPath));
        var diagnostics = schema.RootElement.GetProperty("properties").GetProperty("diagnostics");
        var pattern = new Regex(diagnostics.GetProperty("propertyNames").GetProperty("pattern").GetString()!);
        Assert.All(DiagnosticDescriptors.All, d => Assert.Matches(pattern, d.Id));
        var severities = diagnostics.GetProperty("additionalProperties").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["none", "info", "warning", "error"], severities);
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
    }
}
