using System.Runtime.Loader;
using System.Text;
using Obligations.Emit;
using Obligations.Runtime.Hosting;
using Obligations.Runtime.Json;
using Obligations.Semantics;
using Obligations.Syntax;
using Obligations.Text;

namespace Obligations.Fuzz.Afl;

/// <summary>The code under fuzzing, one entry per target; an exception that escapes is what AFL++ records as a crash.</summary>
internal static class FuzzTargets
{
    public static readonly Dictionary<string, Action<Stream>> All = new(StringComparer.Ordinal)
    {
        ["parser"] = Parser,
        ["facts"] = Facts,
    };

    private static readonly Lazy<EvaluatorHost> s_facts = new(LoadExample);

    private static void Parser(Stream input)
    {
        var text = ReadText(input);
        var tree = SyntaxTree.ParseText(text, "fuzz.obl");
        _ = Compilation.Create([tree]).GetDiagnostics();
    }

    private static void Facts(Stream input)
    {
        var host = s_facts.Value;
        try
        {
            host.ReadFacts(ReadText(input));
        }
        catch (FactsJsonException)
        {
            // The promised refusal: a path and a reason.
        }
    }

    private static string ReadText(Stream input)
    {
        using var reader = new StreamReader(input, new UTF8Encoding(false, throwOnInvalidBytes: false));
        return reader.ReadToEnd();
    }

    private static EvaluatorHost LoadExample()
    {
        var folder = Path.Combine(FindRoot(), "examples", "data-breach");
        var texts = Directory.GetFiles(folder, "*.obl").Order(StringComparer.Ordinal).Select(f => new SourceText(f, File.ReadAllText(f)));
        using var image = new MemoryStream();
        var result = EvaluatorEmitter.Emit(Compilation.Parse(texts), image, EvaluatorOptions.Default);
        if (!result.Success) throw new InvalidOperationException("the data-breach example does not build");
        image.Position = 0;
        return EvaluatorHost.Load(image, AssemblyLoadContext.Default);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Obligations.sln"))) dir = dir.Parent;
        return dir?.FullName ?? Environment.GetEnvironmentVariable("OBL_ROOT") ?? throw new InvalidOperationException("set OBL_ROOT to the repository");
    }
}
