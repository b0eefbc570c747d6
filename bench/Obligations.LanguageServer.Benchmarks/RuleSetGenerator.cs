using System.Text;

namespace Obligations.LanguageServer.Benchmarks;

/// <summary>Generates a rule set of about the requested number of lines, in the shape of the examples.</summary>
public static class RuleSetGenerator
{
    public static string Generate(int lines)
    {
        var b = new StringBuilder();
        b.AppendLine("module generated").AppendLine();
        b.AppendLine("party state \"The State\" source \"Finding 1\"").AppendLine();
        b.AppendLine("enum Severity ordered { low, medium, high, critical }");
        b.AppendLine("enum Phase { planned, imminent, ongoing, concluded }").AppendLine();
        var count = 0;
        while (CountLines(b) < lines)
        {
            var i = count++;
            b.AppendLine($"/// Incident {i}.");
            b.AppendLine($"record Incident{i} {{");
            b.AppendLine("    severity: Severity");
            b.AppendLine("    phase: Phase");
            b.AppendLine("    reported: bool");
            b.AppendLine("    reported_on: date");
            b.AppendLine("    damage: money USD");
            b.AppendLine("}").AppendLine();
            b.AppendLine($"fact incident{i}: Incident{i} source \"Finding {i}\"").AppendLine();
            b.AppendLine($"threshold serious{i} source \"Finding 6\" any of {{");
            b.AppendLine($"    criterion grave: incident{i}.severity >= high");
            b.AppendLine($"    criterion costly: incident{i}.damage > 1_000_000 USD");
            b.AppendLine("}").AppendLine();
            b.AppendLine($"trigger active{i} when serious{i} and incident{i}.phase in {{imminent, ongoing}}").AppendLine();
            b.AppendLine($"define delay{i}: duration = match incident{i}.severity {{");
            b.AppendLine("    low => 30 days,");
            b.AppendLine("    medium => 7 days,");
            b.AppendLine("    high => 72 hours,");
            b.AppendLine("    critical => 24 hours,");
            b.AppendLine("}").AppendLine();
            b.AppendLine($"measure report{i} \"Report incident {i}\" {{");
            b.AppendLine($"    done when incident{i}.reported on incident{i}.reported_on");
            b.AppendLine("}").AppendLine();
            b.AppendLine($"obligation must_report{i} source \"Finding 13(a)\" {{");
            b.AppendLine("    holder state");
            b.AppendLine($"    when active{i}");
            b.AppendLine($"    must report{i}");
            b.AppendLine($"    within delay{i} after incident{i}.reported_on");
            b.AppendLine($"    unless incident{i}.phase = concluded");
            b.AppendLine("}").AppendLine();
        }
        return b.ToString();
    }

    private static int CountLines(StringBuilder b)
    {
        var n = 0;
        for (var i = 0; i < b.Length; i++) if (b[i] == '\n') n++;
        return n;
    }
}
