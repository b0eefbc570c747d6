using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Obligations.Runtime.Json;
using Obligations.Runtime.Metadata;

namespace Obligations.Runtime.Hosting;

/// <summary>
/// Loads an evaluator assembly written by <c>oblc build</c> and evaluates JSON facts with it, for apps that do
/// not compile against the generated classes: <c>EvaluatorHost.Load("Rules.dll").Evaluate(json, now)</c>.
/// </summary>
public sealed class EvaluatorHost
{
    private EvaluatorHost(IEvaluator evaluator) => Evaluator = evaluator;

    public IEvaluator Evaluator { get; }

    public RuleSetInfo RuleSet => Evaluator.RuleSet;

    /// <summary>Loads the assembly at <paramref name="assemblyPath"/> into the default load context.</summary>
    /// <exception cref="EvaluatorLoadException">The file cannot be loaded or holds no evaluator.</exception>
    public static EvaluatorHost Load(string assemblyPath) => Load(assemblyPath, AssemblyLoadContext.Default);

    /// <summary>Loads the assembly into <paramref name="context"/> (e.g. a collectible context, to unload it later).</summary>
    public static EvaluatorHost Load(string assemblyPath, AssemblyLoadContext context)
    {
        Assembly assembly;
        try
        {
            assembly = context.LoadFromAssemblyPath(Path.GetFullPath(assemblyPath));
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            throw new EvaluatorLoadException($"{assemblyPath}: cannot be loaded: {e.Message}");
        }
        return FromAssembly(assembly);
    }

    /// <summary>Loads an evaluator assembly image (e.g. one compiled in memory) into <paramref name="context"/>.</summary>
    public static EvaluatorHost Load(Stream assemblyImage, AssemblyLoadContext context) => FromAssembly(context.LoadFromStream(assemblyImage));

    /// <summary>The evaluator an already loaded assembly declares with <see cref="EvaluatorAttribute"/>.</summary>
    public static EvaluatorHost FromAssembly(Assembly assembly)
    {
        var attribute = assembly.GetCustomAttribute<EvaluatorAttribute>()
            ?? throw new EvaluatorLoadException($"{assembly.GetName().Name}: is not an evaluator assembly (it has no [assembly: Evaluator] attribute)");
        if (Activator.CreateInstance(attribute.EvaluatorType) is not IEvaluator evaluator)
            throw new EvaluatorLoadException($"{attribute.EvaluatorType.FullName}: does not implement {nameof(IEvaluator)} of this runtime version");
        return new EvaluatorHost(evaluator);
    }

    /// <summary>
    /// Reads the facts of a case file as <c>oblc eval</c> accepts it: a scenario file (<c>{ "now", "facts", … }</c>,
    /// errors under <c>$.facts</c>) or a bare facts object (one property per fact).
    /// </summary>
    /// <exception cref="FactsJsonException">The JSON is malformed or does not fit the facts; the message names the JSON path.</exception>
    public object ReadFacts(string factsJson) => ReadCase(factsJson).Facts;

    /// <summary>Reads a case file (scenario or bare facts) with its "now", when it has one.</summary>
    /// <exception cref="FactsJsonException">The JSON is malformed or does not fit the facts; the message names the JSON path.</exception>
    public FactsCase ReadCase(string caseJson) => FactsCase.Read(Evaluator.FactsType, caseJson);

    /// <summary>Reads facts from part of a larger document, naming errors by <paramref name="path"/> (e.g. <c>$.facts</c>).</summary>
    public object ReadFacts(JsonElement facts, string path) => FactsJsonReader.Read(Evaluator.FactsType, facts, path);

    /// <summary>Reads a case file (scenario or bare facts) and evaluates it at <paramref name="now"/>.</summary>
    public EvaluationResult Evaluate(string factsJson, DateTimeOffset now) => Evaluate(ReadFacts(factsJson), now);

    /// <summary>Reads a case file and evaluates it at its "now" (a bare facts object: at the current time), as <c>oblc eval</c> does.</summary>
    public EvaluationResult Evaluate(string caseJson)
    {
        var @case = ReadCase(caseJson);
        return Evaluate(@case.Facts, @case.Now ?? DateTimeOffset.UtcNow);
    }

    public EvaluationResult Evaluate(object facts, DateTimeOffset now)
    {
        var result = Evaluator.CreateResult();
        Evaluator.Evaluate(facts, now, result);
        return result;
    }
}
