namespace Obligations.Syntax;

// Parties as values: to whom a duty is owed (`owed to affected_state`) and, on a consequence, the injured party.

/// <summary><c>owed to party</c> in a rule: the party the duty is owed to.</summary>
public sealed class OwedToClauseSyntax(IdentifierSyntax party) : RuleClauseSyntax
{
    public IdentifierSyntax Party { get; } = party;

    internal override void AppendChildren(List<SyntaxNode> children) => children.Add(Party);
}

/// <summary><c>owed to party</c> in a consequence: the injured party it is owed to.</summary>
public sealed class ConsequenceOwedToClauseSyntax(IdentifierSyntax party) : ConsequenceClauseSyntax
{
    public IdentifierSyntax Party { get; } = party;

    internal override void AppendChildren(List<SyntaxNode> children) => children.Add(Party);
}
