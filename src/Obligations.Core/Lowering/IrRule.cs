using System.Collections.Immutable;

namespace Obligations.Lowering;

public enum IrRuleKind { Obligation, Prohibition, Permission }

/// <summary>Normative strength; only <see cref="Settled"/> binds (the same order as <c>Vocabulary.Strengths</c>).</summary>
public enum IrStrength { Settled, Emerging, Proposed, BestPractice, Contested }

public enum IrOverrideReason { LexSpecialis, LexPosterior, LexSuperior }

/// <summary>This rule overrides <see cref="Target"/> (an index into <see cref="IrProgram.Rules"/>).</summary>
public sealed record IrOverride(int Target, IrOverrideReason Reason, string? Explanation, IrSource Source);

/// <summary>The deadline: <see cref="Duration"/> after <see cref="After"/> (null: after <c>now</c>).</summary>
public sealed record IrDeadline(IrExpression Duration, IrExpression? After, IrSource Source);

/// <summary>
/// An obligation, prohibition or permission with its semantics spelled out: the conditions that trigger it
/// (<see cref="Whens"/>; none for a standing rule), its exceptions, its act, its deadline, which rules override it,
/// the conditions that test its act, and <see cref="Statuses"/>, the decision table that gives its status.
/// </summary>
public sealed class IrRule(int index, string name, IrRuleKind kind, IrSource source, string? doc)
{
    public int Index => index;
    public string Name => name;
    public IrRuleKind Kind => kind;
    public IrSource Source => source;
    public string? Doc => doc;
    public IrParty? Holder { get; internal set; }

    /// <summary><c>owed to …</c>: the party the duty is owed to (null: not stated).</summary>
    public IrParty? OwedTo { get; internal set; }
    public bool IsStanding { get; internal set; }
    public ImmutableArray<IrCondition> Whens { get; internal set; } = [];
    public ImmutableArray<IrCondition> Unlesses { get; internal set; } = [];
    public IrMeasure? Measure { get; internal set; }
    public IrDeadline? Deadline { get; internal set; }
    public ImmutableArray<IrOverride> Overrides { get; internal set; } = [];

    /// <summary>Indices of the rules that override this one.</summary>
    public ImmutableArray<int> OverriddenBy { get; internal set; } = [];

    /// <summary>The measure's <c>done when</c>, recorded for this rule (null without a compliance test).</summary>
    public IrCondition? Done { get; internal set; }

    /// <summary>For an obligation with a deadline and a time-bound measure: done on or before the deadline.</summary>
    public IrCondition? DoneInTime { get; internal set; }

    public ImmutableArray<IrStatusRow> Statuses { get; internal set; } = [];

    /// <summary>How firmly the law establishes the rule; a non-settled rule's unmet duty is <c>not_met</c>, not breached.</summary>
    public IrStrength Strength { get; internal set; }
    public string? StrengthCitation { get; internal set; }
    public bool IsBinding => Strength == IrStrength.Settled;

    /// <summary>
    /// The rule's <c>when</c>s with every non-settled criterion taken as unmet (null when no <c>when</c> reads one):
    /// a triggered rule for which this is false applies only on contested ground.
    /// </summary>
    public IrExpression? SettledTrigger { get; internal set; }

    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} {Name}";
}
