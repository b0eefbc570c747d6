using Obligations.Emit;
using Obligations.Semantics;
using Obligations.Testing.Harness;
using Obligations.Text;
using Obligations.Testing.Reference;

namespace Obligations.Differential.Tests;

/// <summary>
/// The shrunk cases in Regressions/ (name.obl with its first line "// disagreement: signature", name.json a scenario).
/// A case whose signature is listed in known-disagreements.txt must still show it — when it no longer does, the bug
/// is fixed and the line is removed; every other case must show no disagreement at all.
/// </summary>
public sealed class RegressionTests
{
    private static readonly string s_folder = Path.Combine(AppContext.BaseDirectory, "Regressions");

    public static TheoryData<string> Cases() => [.. Directory.GetFiles(s_folder, "*.obl").Select(f => Path.GetFileNameWithoutExtension(f)!).Order()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void RegressionCase(string name)
    {
        var text = File.ReadAllText(Path.Combine(s_folder, name + ".obl"));
        var situation = PairCheck.FromScenario(File.ReadAllText(Path.Combine(s_folder, name + ".json")));
        var signature = text.Split('\n')[0].Replace("// disagreement:", "").Trim();
        var differences = PairCheck.Differences(EvaluatorBatch.Compile([text])[0], new IrInterpreterReference(), situation);
        if (KnownDisagreements.Load().Contains(signature))
            Assert.True(differences.Any(d => Signature.Of(d) == signature),
                $"'{signature}' no longer occurs in {name}: if it is fixed, remove it from known-disagreements.txt. Differences: {string.Join("; ", differences)}");
        else
            Assert.True(differences.Count == 0, string.Join("\n", differences));
        // A C# warning seen in the batch compilation is the emitter's own: oblc build reports it as OBL4002 while it is
        // known, and builds the rules cleanly once it is fixed.
        if (signature.StartsWith("the generated C# has a warning ", StringComparison.Ordinal))
        {
            using var image = new MemoryStream();
            var result = EvaluatorEmitter.Emit(Compilation.Parse([new SourceText(name + ".obl", text)]), image, EvaluatorOptions.Default);
            if (KnownDisagreements.Load().Contains(signature))
                Assert.Contains(result.Diagnostics, d => d.Id == "OBL4002" && d.Message.Contains(signature.Split(' ')[^1], StringComparison.Ordinal));
            else
                Assert.True(result.Success && result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics.Select(d => d.ToCanonicalString())));
        }
    }
}
