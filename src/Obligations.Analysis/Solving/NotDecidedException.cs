namespace Obligations.Analysis.Solving;

/// <summary>
/// Thrown while encoding an expression that lies outside the exactly decided fragment (products, text, records…).
/// <see cref="Invalid"/>: the expression has no meaning at all (an <c>IrInvalid</c>: a reported error or a
/// definition cycle), so no answer that involves it may become a verdict.
/// </summary>
internal sealed class NotDecidedException(string reason, bool invalid = false) : Exception(reason)
{
    public string Reason => Message;
    public bool Invalid => invalid;
}
