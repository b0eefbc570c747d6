namespace Obligations.Runtime.Json;

/// <summary>JSON facts that do not fit the rule set; <see cref="JsonPath"/> names the offending value.</summary>
public sealed class FactsJsonException(string jsonPath, string problem) : Exception($"{jsonPath}: {problem}")
{
    /// <summary>Where the problem is, e.g. <c>$.facts.operation.categories[2]</c>.</summary>
    public string JsonPath { get; } = jsonPath;

    public string Problem { get; } = problem;
}
