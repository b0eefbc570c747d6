using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;

namespace Obligations.Build.Tests;

/// <summary>
/// An evaluator assembly written by `oblc build` is usable as docs/evaluator.md says: a project compiles against
/// its generated classes (typed use) and loads it through the host API with a case file as `oblc eval` reads it,
/// and both give the statuses the case file expects.
/// </summary>
public sealed class TypedUseTests
{
    private static readonly string s_case = Path.Combine(ConsumerCopy.RepoRoot, "examples", "data-breach", "cases", "authority-never-notified.json");

    [Fact]
    public void A_project_compiles_against_an_oblc_build_dll_and_uses_it_typed_and_hosted()
    {
        using var copy = new ConsumerCopy("DllConsumer");
        var dll = Path.Combine(copy.ProjectDirectory, "out", "DataBreach.dll");
        var oblc = DotnetProcess.Run(ConsumerCopy.RepoRoot, Path.Combine(AppContext.BaseDirectory, "oblc.dll"), "build",
            Path.Combine("examples", "data-breach"), "-o", dll, "--namespace", "Acme.Rules");
        Assert.True(oblc.ExitCode == 0, oblc.Output);
        Assert.Equal(["System.Runtime", "Obligations.Runtime"], AssemblyReferences(dll).Order(StringComparer.Ordinal).Reverse());

        var bad = Path.Combine(copy.ProjectDirectory, "bad-case.json");
        File.WriteAllText(bad, File.ReadAllText(s_case).Replace("\"risk\": \"high_risk\"", "\"risk\": \"very_high\""));
        var build = copy.Build();
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("0 Warning(s)", build.Output);

        var (exitCode, output) = copy.RunConsumer(dll, s_case, bad);
        Assert.True(exitCode == 0, output);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        using var expected = JsonDocument.Parse(File.ReadAllText(s_case));
        var expect = expected.RootElement.GetProperty("expect");
        foreach (var way in new[] { "typed", "host" })
        {
            foreach (var rule in expect.GetProperty("rules").EnumerateObject())
                Assert.Contains($"{way} {rule.Name}: {rule.Value.GetString()}", lines);
            Assert.Contains($"{way} administrative_fine: {expect.GetProperty("consequences").GetProperty("administrative_fine").GetString()}", lines);
            // 72 hours after awareness on 3 June, 10:00.
            Assert.Contains($"{way} deadline: 2024-06-06T10:00", lines);
        }
        Assert.Contains("typed explained: 5 rules", lines);
        Assert.Contains("host bad case: $.facts.incident.risk", lines);
    }

    /// <summary>What the assembly references: reference-assembly names (System.Runtime), never System.Private.CoreLib.</summary>
    private static string[] AssemblyReferences(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToArray();
    }
}
