using System.Runtime.CompilerServices;
using Obligations.Runtime;

namespace Obligations.Evaluator.Benchmarks.HandWritten;

/// <summary>The 17 rule statuses, one byte each, inline in <see cref="HandWrittenResult"/> (no array, no bounds checks on constant indices).</summary>
[InlineArray(HandWrittenEvaluator.RuleCount)]
public struct RuleStatusBuffer
{
    private RuleStatus _first;
}
