using Antlr4.Runtime;
using Obligations.Diagnostics;
using Obligations.Parsing.Generated;
using Obligations.Text;

namespace Obligations.Parsing;

/// <summary>
/// ANTLR's recovery (single-token insertion and deletion, then resynchronisation), with messages rewritten
/// for rule authors and reported as diagnostics with the exact span of the offending token.
/// </summary>
internal sealed class OblErrorStrategy : DefaultErrorStrategy
{
    private readonly SourceText _text;
    private readonly DiagnosticBag _diagnostics;

    public OblErrorStrategy(SourceText text, DiagnosticBag diagnostics)
    {
        _text = text;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// Never delete a declaration or clause keyword to repair the text: after <c>holder</c> with no name,
    /// <c>when …</c> is the next clause, not garbage. Insertion of the missing name is tried instead.
    /// </summary>
    protected override IToken? SingleTokenDeletion(Parser recognizer) =>
        IsAnchor(recognizer.CurrentToken.Type) ? null : base.SingleTokenDeletion(recognizer);

    private static bool IsAnchor(int type) => type is OblParser.WHEN or OblParser.HOLDER or OblParser.MUST or OblParser.MAY
        or OblParser.WITHIN or OblParser.UNLESS or OblParser.OVERRIDES or OblParser.STANDING or OblParser.DONE
        or OblParser.KIND or OblParser.CRITERION or OblParser.INCOMPATIBLE or OblParser.ENUM or OblParser.RECORD
        or OblParser.FACT or OblParser.PARTY or OblParser.DEFINE or OblParser.THRESHOLD or OblParser.TRIGGER
        or OblParser.MEASURE or OblParser.OBLIGATION or OblParser.PROHIBITION or OblParser.PERMISSION
        or OblParser.CONSEQUENCE or OblParser.RBRACE;

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        var token = recognizer.CurrentToken;
        _diagnostics.Report(DiagnosticDescriptors.UnexpectedToken, Locate(token),
            TokenDescriptions.Describe(token), TokenDescriptions.Describe(GetExpectedTokens(recognizer)));
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        var expected = TokenDescriptions.Describe(GetExpectedTokens(recognizer));
        _diagnostics.Report(DiagnosticDescriptors.MissingToken, AfterPrevious(recognizer), expected);
    }

    protected override void ReportInputMismatch(Parser recognizer, InputMismatchException e) =>
        ReportUnexpected(recognizer, e.OffendingToken, e);

    protected override void ReportNoViableAlternative(Parser recognizer, NoViableAltException e) =>
        ReportUnexpected(recognizer, e.OffendingToken, e);

    protected override void ReportFailedPredicate(Parser recognizer, FailedPredicateException e) =>
        ReportUnexpected(recognizer, e.OffendingToken, e);

    private void ReportUnexpected(Parser recognizer, IToken token, RecognitionException e)
    {
        var expected = e.GetExpectedTokens() ?? GetExpectedTokens(recognizer);
        if (token.Type == TokenConstants.EOF)
        {
            _diagnostics.Report(DiagnosticDescriptors.MissingToken, AfterPrevious(recognizer), TokenDescriptions.Describe(expected));
            return;
        }
        _diagnostics.Report(DiagnosticDescriptors.UnexpectedToken, Locate(token),
            TokenDescriptions.Describe(token), TokenDescriptions.Describe(expected));
    }

    private Location Locate(IToken token) =>
        token.StartIndex < 0
            ? new Location(_text, new TextSpan(_text.Length, 0))
            : new Location(_text, TextSpan.FromBounds(token.StartIndex, Math.Max(token.StartIndex, token.StopIndex + 1)));

    /// <summary>A missing token is reported where it should have been written: right after the previous token.</summary>
    private Location AfterPrevious(Parser recognizer)
    {
        var stream = (ITokenStream)recognizer.InputStream;
        var previous = stream.Index > 0 ? stream.LT(-1) : null;
        var offset = previous is { StopIndex: >= 0 } ? previous.StopIndex + 1 : Math.Max(0, recognizer.CurrentToken.StartIndex);
        return new Location(_text, new TextSpan(Math.Min(offset, _text.Length), 0));
    }
}
