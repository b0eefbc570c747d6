namespace Obligations.Analysis.Solving;

/// <summary>Thrown while encoding an expression that lies outside the exactly decided fragment (products, text, records…).</summary>
internal sealed class NotDecidedException(string reason) : Exception(reason)
{
    public string Reason => Message;
}
