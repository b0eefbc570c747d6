using System.Text;

namespace Obligations.Core.Benchmarks;

/// <summary>
/// Generates a large, valid rule set: blocks of records, thresholds, triggers, measures, obligations,
/// prohibitions and consequences that refer to each other, like a real rule set grown by many authors.
/// </summary>
public static class RuleSetGenerator
{
    public static string Generate(int targetLines)
    {
        var builder = new StringBuilder();
        builder.Append("""
            module generated
            enum Capacity ordered { low, medium, high }
            enum Category { force, economic, infrastructure, core, espionage }
            party state "the territorial State"

            """);
        for (var i = 0; builder.ToString().Count(c => c == '\n') < targetLines; i++)
            AppendBlock(builder, i);
        return builder.ToString();
    }

    private static void AppendBlock(StringBuilder b, int i) => b.Append($$"""
        /// Operation {{i}} and what the State did about it.
        record Operation{{i}} source "Finding 6" {
          ongoing: bool
          categories: set of Category
          loss: money USD
          notified_at: date
          acted: bool
          acted_at: date
          capacity: Capacity
        }
        fact op{{i}}: Operation{{i}}
        define response{{i}}: duration = match op{{i}}.capacity { low => 72 hours, medium => 48 hours, high => 24 hours }
        threshold harm{{i}} source "Findings 6-11" any of {
          criterion economic: economic in op{{i}}.categories and op{{i}}.loss >= 1_000_000 USD source "Finding 8"
          criterion infrastructure: infrastructure in op{{i}}.categories source "Finding 9"
        }
        trigger ongoing{{i}} source "Finding 13(a)" when harm{{i}} and op{{i}}.ongoing
        measure act{{i}} "take action" { done when op{{i}}.acted on op{{i}}.acted_at }
        obligation take_action{{i}} source "Finding 13(a)" {
          holder state
          when ongoing{{i}}
          must act{{i}}
          within response{{i}} after op{{i}}.notified_at
          unless op{{i}}.capacity = low and op{{i}}.loss < 10 USD source "Finding 12"
        }
        consequence responsibility{{i}} source "Finding 14" {
          kind responsibility
          on breach of take_action{{i}}
          when op{{i}}.notified_at + 1 day < now
        }

        """);
}
