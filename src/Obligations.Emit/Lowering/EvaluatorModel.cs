using System.Collections.Immutable;
using Obligations.Binding;

namespace Obligations.Emit.Lowering;

/// <summary>
/// The small model the C# generator works from. <see cref="Values"/> are the defines, triggers and thresholds
/// in an order where each comes after what it uses; <see cref="Conditions"/> is indexed by condition id.
/// </summary>
internal sealed record EvaluatorModel(
    BoundProgram Program,
    ImmutableArray<Symbol> Values,
    ImmutableArray<MeasureSymbol> Measures,
    ImmutableArray<RuleModel> Rules,
    ImmutableArray<ConsequenceModel> Consequences,
    ImmutableArray<ConditionModel> Conditions,
    ImmutableDictionary<Symbol, ConditionModel> NamedConditions,
    ImmutableHashSet<EnumSymbol> SetElementEnums);
