using System.Text;
using System.Text.RegularExpressions;
using CsCheck;

namespace Obligations.Fuzz.Tests;

/// <summary>
/// Hostile facts as CsCheck generators: a real scenario file with some of its values replaced by values of the
/// wrong type, size, depth or encoding, names given twice, or its text cut short.
/// </summary>
internal static partial class HostileFacts
{
    public static readonly string[] Values =
    [
        "null", "true", "0", "-1", "1.5", "1e400", "1e-400", "-0", "99999999999999999999", "99999999999999999999999999999",
        "9223372036854775808", "\"\"", "\"x\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\ud835\\udd18\"", "\"٣ days\"", "\"99999999999999999999999999999 days\"",
        "\"1525028 weeks\"", "\"15372286728 minutes\"", "\"9999-12-31T23:59:59Z\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"2024-02-30\"", "\"2024-05-01T25:00Z\"",
        "[]", "{}", "[\"x\", \"x\"]", "{\"a\": 1, \"a\": 2}", new string('[', 70) + new string(']', 70), new string('[', 64) + new string(']', 64),
        "\"" + new string('a', 100_000) + "\"", "\"\u0000\"", "\"é\"", "[" + string.Join(",", Enumerable.Repeat("1", 10_000)) + "]",
    ];

    [GeneratedRegex(@"(?<=:\s*)(""(?:[^""\\]|\\.)*""|-?[0-9][0-9.eE+-]*|true|false|null)")]
    private static partial Regex ValuePattern();

    /// <summary>What to do to the scenario text: replace the n-th value, duplicate the n-th name, or cut it at a fraction.</summary>
    public readonly record struct Change(int Kind, int Target, int Value)
    {
        public override string ToString() => Kind switch
        {
            0 or 1 or 2 => $"value #{Target} := {Show(Values[Value])}",
            3 => $"name #{Target} given twice",
            _ => $"cut at {Target % 1000}/1000",
        };

        private static string Show(string v) => v.Length > 30 ? v[..27] + $"... ({v.Length} chars)" : v;
    }

    public static readonly Gen<Change[]> ChangesGen =
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 10_000], Gen.Int[0, Values.Length - 1], (k, t, v) => new Change(k, t, v)).Array[1, 4];

    public static string Apply(string json, IEnumerable<Change> changes)
    {
        foreach (var change in changes)
        {
            var values = ValuePattern().Matches(json);
            if (change.Kind <= 2 && values.Count > 0)
            {
                var m = values[change.Target % values.Count];
                json = json[..m.Index] + Values[change.Value] + json[(m.Index + m.Length)..];
            }
            else if (change.Kind == 3 && values.Count > 0)
            {
                var m = values[change.Target % values.Count];
                var nameStart = json.LastIndexOf('"', json.LastIndexOf(':', m.Index) - 1);
                nameStart = json.LastIndexOf('"', nameStart - 1);
                if (nameStart < 0) continue;
                var member = json[nameStart..(m.Index + m.Length)];
                json = json[..nameStart] + member + ", " + json[nameStart..];
            }
            else if (change.Kind == 4)
            {
                json = json[..(int)((long)json.Length * (change.Target % 1000) / 1000)];
            }
        }
        return json;
    }

    public static string Describe(string json) => json.Length <= 2_000 ? json : json[..2_000] + $"... ({Encoding.UTF8.GetByteCount(json)} bytes)";
}
