using System.Runtime.CompilerServices;
using Obligations.Runtime;

namespace Obligations.Evaluator.Benchmarks.HandWritten;

/// <summary>The 5 consequence statuses, one byte each, inline in <see cref="HandWrittenResult"/>.</summary>
[InlineArray(HandWrittenEvaluator.ConsequenceCount)]
public struct ConsequenceStatusBuffer
{
    private ConsequenceStatus _first;
}
