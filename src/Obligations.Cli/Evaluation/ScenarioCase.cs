using Obligations.Runtime.Hosting;
using Obligations.Runtime.Scenarios;

namespace Obligations.Cli.Evaluation;

/// <summary>
/// One scenario file: <c>{ "description", "now", "facts", "expect": { "rules": {…}, "consequences": {…} } }</c>.
/// <see cref="Check"/> gives one message per difference (empty when the case passes). The checking itself is
/// <see cref="ScenarioChecker"/>, shared with the language server.
/// </summary>
public static class ScenarioCase
{
    public static IReadOnlyList<string> Check(EvaluatorHost host, string json) => ScenarioChecker.Check(host, json).Messages;
}
