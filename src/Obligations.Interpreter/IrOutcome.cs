using Obligations.Lowering;

namespace Obligations.Interpretation;

/// <summary>
/// The interpreter's result: per rule its status, deadline (when in force and it has one) and the first rule in
/// force that overrides it; per consequence its status; per recorded condition its value (null: not evaluated).
/// </summary>
public sealed record IrOutcome(
    IrStatus[] Statuses,
    DateTimeOffset?[] Deadlines,
    int?[] OverriddenBy,
    IrConsequenceStatus[] Consequences,
    bool?[] Conditions);
