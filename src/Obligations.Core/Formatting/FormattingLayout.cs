using Obligations.Syntax;

namespace Obligations.Formatting;

/// <summary>What the formatter reads from the syntax tree: where items start, which braces are sets, which minus signs are unary.</summary>
internal sealed class FormattingLayout
{
    private FormattingLayout() { }

    /// <summary>Starts of declarations, clauses, members, fields, criteria, match arms, module and import lines.</summary>
    public HashSet<int> ItemStarts { get; } = [];

    /// <summary>Positions of the braces of set literals, written without inner spaces: <c>{a, b}</c>.</summary>
    public HashSet<int> SetBraces { get; } = [];

    public HashSet<int> UnaryMinus { get; } = [];

    /// <summary>The last token that is not a comment, updated as the formatter walks.</summary>
    public SyntaxToken? LastSignificant { get; set; }

    public static FormattingLayout Create(SyntaxTree tree)
    {
        var layout = new FormattingLayout();
        foreach (var node in tree.Root.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case DeclarationSyntax or MeasureClauseSyntax or RuleClauseSyntax or ConsequenceClauseSyntax
                    or EnumMemberSyntax or FieldSyntax or CriterionSyntax or MatchArmSyntax or ModuleDeclarationSyntax or ImportSyntax:
                    layout.ItemStarts.Add(node.Span.Start);
                    break;
                case SetExpressionSyntax set when set.Span.Length >= 2:
                    layout.SetBraces.Add(set.Span.Start);
                    layout.SetBraces.Add(set.Span.End - 1);
                    break;
                case UnaryExpressionSyntax { Operator: UnaryOperator.Negate } unary:
                    layout.UnaryMinus.Add(unary.Span.Start);
                    break;
            }
        }
        return layout;
    }
}
