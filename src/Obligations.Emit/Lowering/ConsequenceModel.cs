using System.Collections.Immutable;
using Obligations.Binding;

namespace Obligations.Emit.Lowering;

/// <summary>A consequence lowered for emit: the indices of the rules whose breach triggers it, and its conditions.</summary>
internal sealed record ConsequenceModel(
    int Index,
    ConsequenceSymbol Symbol,
    ImmutableArray<int> Rules,
    ImmutableArray<ConditionModel> Conditions);
