using System.Collections.Immutable;
using Obligations.Binding;

namespace Obligations.Emit.Lowering;

/// <summary>
/// A rule lowered for emit: its <c>when</c>s (ignored when standing), its <c>unless</c>es, the conditions that
/// test its measure, and the indices of the rules that override it.
/// </summary>
internal sealed record RuleModel(
    int Index,
    RuleSymbol Symbol,
    ImmutableArray<ConditionModel> Whens,
    ImmutableArray<ConditionModel> Unlesses,
    ConditionModel? Done,
    ConditionModel? DoneInTime,
    ImmutableArray<int> OverriddenBy);
