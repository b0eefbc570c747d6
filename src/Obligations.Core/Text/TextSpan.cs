namespace Obligations.Text;

/// <summary>A half-open range <c>[Start, End)</c> of character offsets in a source text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    /// <summary>True when <paramref name="position"/> lies inside the span or touches its end (cursor semantics).</summary>
    public bool ContainsOrTouches(int position) => position >= Start && position <= End;

    public bool Contains(int position) => position >= Start && position < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool OverlapsWith(TextSpan other) => Math.Max(Start, other.Start) < Math.Min(End, other.End);

    public override string ToString() => $"[{Start}..{End})";
}
