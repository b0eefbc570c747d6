using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Obligations.Runtime;

namespace Obligations.Emit.Tests;

public sealed class EmitterTests
{
    [Fact]
    public void RulesWithErrorsProduceNoAssembly()
    {
        using var image = new MemoryStream();
        var compilation = TestRules.Parse(("bad.obl", "fact x: bool\ntrigger t when x + 1"));
        var result = EvaluatorEmitter.Emit(compilation, image, EvaluatorOptions.Default);
        Assert.False(result.Success);
        Assert.Equal(0, image.Length);
        Assert.Null(result.GeneratedSource);
        Assert.All(result.Diagnostics, d => Assert.Matches("^OBL[0-2]", d.Id));
    }

    [Theory]
    [InlineData("harm-prevention")]
    [InlineData("data-breach")]
    [InlineData("vulnerability-disclosure")]
    public void ExamplesCompileWithoutAnyCSharpDiagnostic(string example)
    {
        using var image = new MemoryStream();
        var result = EvaluatorEmitter.Emit(TestRules.ParseFolder(Path.Combine(TestRules.RepoRoot, "examples", example)), image, EvaluatorOptions.Default);
        Assert.True(result.Success);
        Assert.Empty(result.Diagnostics);
        Assert.True(image.Length > 0);
    }

    [Fact]
    public void InvalidNamespaceIsRefused() =>
        Assert.Throws<ArgumentException>(() => EvaluatorEmitter.Generate(TestRules.Parse(("a.obl", "fact x: bool")), EvaluatorOptions.Default with { Namespace = "class.x" }));

    [Fact]
    public void DivisionByZeroNamesItsPlace()
    {
        var host = TestRules.Load("fact n: int\nfact d: int\n\ndefine ratio: decimal = n / d\ntrigger high when ratio > 1\n", "rules/ratio.obl");
        var e = Assert.Throws<EvaluationException>(() => host.Evaluate("""{ "n": 1, "d": 0 }""", DateTimeOffset.UnixEpoch));
        Assert.Equal("rules/ratio.obl(4,25): division by zero", e.Message);
    }

    [Fact]
    public void LineDirectivesMapTheEvaluatorBackToTheRules()
    {
        using var image = new MemoryStream();
        var compilation = TestRules.Parse(("rules/a.obl", "fact x: bool\n\ntrigger t when x\n"));
        Assert.True(EvaluatorEmitter.Emit(compilation, image, EvaluatorOptions.Default).Success);
        image.Position = 0;
        using var pe = new PEReader(image);
        var entry = pe.ReadDebugDirectory().Single(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        using var provider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(entry);
        var pdb = provider.GetMetadataReader();
        var lines = pdb.MethodDebugInformation.SelectMany(h => pdb.GetMethodDebugInformation(h).GetSequencePoints())
            .Where(p => !p.IsHidden && pdb.GetString(pdb.GetDocument(p.Document).Name) == "rules/a.obl")
            .Select(p => p.StartLine).ToList();
        Assert.Contains(3, lines);
    }

    [Fact]
    public void GuardedMatchWithoutArmReportsItsPlace()
    {
        var host = TestRules.Load("fact n: int\ndefine size: int = match {\n  when n > 10 => 2\n  when n > 5 => 1\n}\ntrigger big when size > 1\n");
        var e = Assert.Throws<EvaluationException>(() => host.Evaluate("""{ "n": 1 }""", DateTimeOffset.UnixEpoch));
        Assert.Equal(("main.obl", 2, 20), (e.Path, e.Line, e.Column));
    }

    [Fact]
    public void StatusOnlyEvaluationAllocatesNothing()
    {
        var host = TestRules.Load(TestRules.ParseFolder(Path.Combine(TestRules.RepoRoot, "examples", "harm-prevention")));
        var cases = Directory.GetFiles(Path.Combine(TestRules.RepoRoot, "examples", "harm-prevention", "cases"), "*.json");
        var facts = Obligations.Cli.Evaluation.FactsFile.Read(File.ReadAllText(cases[0]), host);
        var result = host.Evaluator.CreateResult();
        var now = facts.Now!.Value;
        for (var i = 0; i < 100; i++) host.Evaluator.Evaluate(facts.Facts, now, result);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++) host.Evaluator.Evaluate(facts.Facts, now, result);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
