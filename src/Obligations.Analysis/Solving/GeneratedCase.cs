using System.Collections.Immutable;

namespace Obligations.Analysis.Solving;

/// <summary>
/// A scenario case the solver found: the input (<c>{ "now", "facts" }</c>), what it demonstrates (the targets it
/// was the first case to reach, e.g. "disclose_vulnerability pending"), and every rule's and consequence's status
/// on it as the interpreter evaluates it.
/// </summary>
public sealed record GeneratedCase(
    string Input,
    ImmutableArray<string> Demonstrates,
    ImmutableArray<KeyValuePair<string, string>> Rules,
    ImmutableArray<KeyValuePair<string, string>> Consequences)
{
    public string Description => "Demonstrates " + string.Join(", ", Demonstrates) + ".";
}
