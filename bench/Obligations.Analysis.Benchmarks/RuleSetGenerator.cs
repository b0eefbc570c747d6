using System.Globalization;
using System.Text;

namespace Obligations.Analysis.Benchmarks;

/// <summary>
/// Writes a rule set of the shape real ones have: record facts with booleans, ordered enums, sets, money,
/// dates and counts; triggers over them; measures with compliance tests; obligations, prohibitions and
/// permissions spread over ten holders, some of them in conflict and some conflicts resolved by overrides.
/// The same seed gives the same text.
/// </summary>
public static class RuleSetGenerator
{
    public static string Generate(int rules, int seed = 1)
    {
        var random = new Random(seed);
        var facts = Math.Max(10, rules / 20);
        var measures = Math.Max(10, rules * 3 / 10);
        var triggers = Math.Max(10, rules / 5);
        var text = new StringBuilder();
        text.AppendLine("enum Level ordered source \"gen\" { l0, l1, l2, l3, l4 }");
        text.AppendLine("enum Kind source \"gen\" { k0, k1, k2, k3, k4, k5, k6, k7 }");
        text.AppendLine("record Case source \"gen\" { flag: bool  completed: bool  level: Level  kinds: set of Kind  amount: money USD  since: date  count: int }");
        for (var f = 0; f < facts; f++) text.AppendLine(Invariant($"fact s{f}: Case source \"gen\""));
        for (var p = 0; p < 10; p++) text.AppendLine(Invariant($"party p{p} \"Party {p}\" source \"gen\""));
        for (var m = 0; m < measures; m++)
        {
            var f = m % facts;
            text.AppendLine(Invariant($"measure m{m} \"Measure {m}\" source \"gen\" {{ done when s{f}.completed and s{f}.count >= {m % 7} on s{f}.since }}"));
        }
        for (var t = 0; t < triggers; t++)
        {
            var (a, b) = (random.Next(facts), random.Next(facts));
            text.AppendLine(Invariant(
                $"trigger t{t} source \"gen\" when s{a}.flag and s{a}.level >= l{random.Next(5)} and (k{random.Next(8)} in s{b}.kinds or s{b}.amount > {random.Next(1, 1000)}_000.50 USD)"));
        }
        for (var r = 0; r < rules; r++)
        {
            var kind = (r % 10) switch { < 7 => "obligation", < 9 => "prohibition", _ => "permission" };
            var modality = kind switch { "obligation" => "must", "prohibition" => "must not", _ => "may" };
            // Five consecutive rules share holder and measure, so kinds mix within a group and the solver has pairs to decide.
            var holder = (r / 5) % 10;
            var measure = (r / 5) % measures;
            var f = random.Next(facts);
            text.AppendLine(Invariant($"{kind} r{r} source \"gen\" {{"));
            text.AppendLine(Invariant($"    holder p{holder}"));
            text.AppendLine(Invariant($"    when t{random.Next(triggers)}"));
            text.AppendLine(Invariant($"    when s{f}.count > {random.Next(100)}"));
            if (r % 4 == 0) text.AppendLine(Invariant($"    unless s{random.Next(facts)}.level = l{random.Next(5)}"));
            text.AppendLine(Invariant($"    {modality} m{measure}"));
            if (kind == "obligation") text.AppendLine(Invariant($"    within {1 + random.Next(30)} days after s{f}.since"));
            if (kind != "obligation" && r % 3 == 0) text.AppendLine(Invariant($"    overrides r{r - 1} because lex_specialis \"generated\""));
            text.AppendLine("}");
        }
        text.AppendLine("consequence responsibility source \"gen\" { kind responsibility on breach of any }");
        return text.ToString();
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
