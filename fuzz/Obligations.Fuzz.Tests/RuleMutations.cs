using System.Text;
using CsCheck;

namespace Obligations.Fuzz.Tests;

/// <summary>
/// Mutations of the examples as CsCheck generators, so a failure shrinks to few, small edits: each edit deletes
/// a span, duplicates one, or inserts a fragment chosen to reach the places bugs hide (deep nesting, huge
/// literals, reserved C# names, odd Unicode, comments and strings left open).
/// </summary>
internal static class RuleMutations
{
    public static readonly string[] Fragments =
    [
        "(", ")", "{", "}", ",", ".", ":", "\"", "//", "/*", "*/", "\n", " and ", " or ", "not ", " = ", " != ", " < ", " + ", " - ", " * ", " / 0",
        " in ", "match ", " else ", "unless ", "when ", "within ", " after ", "source \"x\" ", "14 days", "2000000 weeks", "1525028 weeks",
        "99999999999999999999", "9223372036854775808", "0.0000000000000000000000000001", "1_000", "9999-12-31", "0001-01-01", "1.5 USD",
        "value__", "Equals", "GetType", "ToString", "class", "string", "record", "rules", "漢漢漢", "𝔘", "é", "\u200b", "\u2028", "\t", "\0",
        "define d: duration = 2000000 weeks\n", "enum E { value__, Equals }\n", "record string { GetType: bool }\n", "fact GetHashCode: bool\n",
        "define big: int = 9223372036854775807 + 1\n", "trigger deep when " + new string('(', 40) + "true" + new string(')', 40) + "\n",
        "define n: int = " + string.Join(" + ", Enumerable.Repeat("1", 200)) + "\n", "import harm_prevention.facts\n", "module m\n",
    ];

    /// <summary>One edit: kind (0 delete, 1 duplicate, 2-4 insert), where (a fraction of the text), how long, what.</summary>
    public readonly record struct Edit(int Kind, int Position, int Length, int Fragment)
    {
        public override string ToString() => Kind switch
        {
            0 => $"delete {Length} at {Position}",
            1 => $"duplicate {Length} at {Position}",
            _ => $"insert {Show(Fragments[Fragment])} at {Position}",
        };

        private static string Show(string fragment) =>
            fragment.Length > 30 ? $"\"{fragment[..27].ReplaceLineEndings("\\n")}...\" ({fragment.Length} chars)" : "\"" + fragment.ReplaceLineEndings("\\n") + "\"";
    }

    public static readonly Gen<Edit> EditGen =
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 1_000_000], Gen.Int[1, 60], Gen.Int[0, Fragments.Length - 1], (k, p, l, f) => new Edit(k, p, l, f));

    public static readonly Gen<Edit[]> EditsGen = EditGen.Array[1, 5];

    public static string Apply(string text, IEnumerable<Edit> edits)
    {
        var builder = new StringBuilder(text);
        foreach (var edit in edits)
        {
            var at = (int)((long)edit.Position * builder.Length / 1_000_000);
            var length = Math.Min(edit.Length, builder.Length - at);
            switch (edit.Kind)
            {
                case 0: builder.Remove(at, length); break;
                case 1: builder.Insert(at, builder.ToString(at, length)); break;
                default: builder.Insert(at, Fragments[edit.Fragment]); break;
            }
        }
        return builder.ToString();
    }
}
