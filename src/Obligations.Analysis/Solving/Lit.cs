using Google.OrTools.Sat;

namespace Obligations.Analysis.Solving;

/// <summary>A boolean in the model: a constant, folded away early, or a CP-SAT literal.</summary>
internal readonly record struct Lit(bool? Constant, ILiteral? Literal)
{
    public static readonly Lit True = new(true, null);
    public static readonly Lit False = new(false, null);

    public static Lit Of(bool value) => value ? True : False;
    public static Lit Of(ILiteral literal) => new(null, literal);

    public bool IsTrue => Constant == true;
    public bool IsFalse => Constant == false;

    public Lit Not() => Constant is { } c ? Of(!c) : Of(Literal!.Not());
}
