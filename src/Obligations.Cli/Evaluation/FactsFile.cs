using System.Text.Json;
using Obligations.Runtime.Hosting;
using Obligations.Runtime.Json;

namespace Obligations.Cli.Evaluation;

/// <summary>
/// A facts file for <c>oblc eval</c>: either a scenario file (an object with "facts" and optionally "now") or a
/// bare facts object. Errors name the JSON path, e.g. <c>$.facts.operation.categories[2]</c>.
/// </summary>
public sealed class FactsFile
{
    private FactsFile(object facts, DateTimeOffset? now)
    {
        Facts = facts;
        Now = now;
    }

    public object Facts { get; }

    /// <summary>The file's "now", when it has one.</summary>
    public DateTimeOffset? Now { get; }

    /// <exception cref="FactsJsonException">The file is not valid JSON or its facts do not fit the rule set.</exception>
    public static FactsFile Read(string json, EvaluatorHost host)
    {
        // The host API reads case files the same way (FactsCase), so both accept the same files.
        var @case = host.ReadCase(json);
        return new FactsFile(@case.Facts, @case.Now);
    }

    /// <summary>Parses facts JSON as the host API does; every problem names its JSON path.</summary>
    public static JsonDocument Parse(string json) => FactsCase.Parse(json);
}
