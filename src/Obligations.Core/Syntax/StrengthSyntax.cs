using System.Collections.Immutable;

namespace Obligations.Syntax;

// Normative strength (`strength emerging source "…"`) and the consequence clause that opts into non-binding
// outcomes (`on not_met of …`). Strength is written on rules and criteria; on a measure or consequence it is
// parsed so the binder can say it does not belong there.

/// <summary><c>strength name [source "…"]</c>.</summary>
public sealed class StrengthSyntax(IdentifierSyntax name, CitationSyntax? citation) : SyntaxNode
{
    public IdentifierSyntax Name { get; } = name;
    public CitationSyntax? Citation { get; } = citation;

    internal override void AppendChildren(List<SyntaxNode> children)
    {
        children.Add(Name);
        Add(children, Citation);
    }
}

/// <summary>A <c>strength</c> clause in a rule.</summary>
public sealed class StrengthClauseSyntax(StrengthSyntax strength) : RuleClauseSyntax
{
    public StrengthSyntax Strength { get; } = strength;

    internal override void AppendChildren(List<SyntaxNode> children) => children.Add(Strength);
}

/// <summary>A <c>strength</c> clause misplaced in a measure (reported by the binder).</summary>
public sealed class MeasureStrengthClauseSyntax(StrengthSyntax strength) : MeasureClauseSyntax
{
    public StrengthSyntax Strength { get; } = strength;

    internal override void AppendChildren(List<SyntaxNode> children) => children.Add(Strength);
}

/// <summary>A <c>strength</c> clause misplaced in a consequence (reported by the binder).</summary>
public sealed class ConsequenceStrengthClauseSyntax(StrengthSyntax strength) : ConsequenceClauseSyntax
{
    public StrengthSyntax Strength { get; } = strength;

    internal override void AppendChildren(List<SyntaxNode> children) => children.Add(Strength);
}

/// <summary><c>on not_met of a, b</c> or <c>on not_met of any</c>: the consequence also follows these non-binding rules' unmet duties.</summary>
public sealed class OnNotMetClauseSyntax(bool anyRule, ImmutableArray<IdentifierSyntax> rules) : ConsequenceClauseSyntax
{
    public bool AnyRule { get; } = anyRule;
    public ImmutableArray<IdentifierSyntax> Rules { get; } = rules;

    internal override void AppendChildren(List<SyntaxNode> children) => Add(children, Rules);
}
