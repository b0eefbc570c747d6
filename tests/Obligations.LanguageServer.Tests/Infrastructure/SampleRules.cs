namespace Obligations.LanguageServer.Tests.Infrastructure;

/// <summary>A small two-module rule set used across the feature tests.</summary>
public static class SampleRules
{
    public const string Facts = """
        module facts

        /// The party that must act.
        party state "The territorial State" source "Finding 1"

        /// How severe the incident is.
        enum Severity ordered {
            low,
            medium,
            high,
        }

        enum Phase { imminent, ongoing, concluded }

        record Incident {
            severity: Severity
            phase: Phase
            reported: bool
            reported_on: date
            damage: money USD
        }

        /// The incident under review.
        fact incident: Incident source "Finding 2"

        """;

    public const string Rules = """
        module rules
        import facts

        trigger serious source "Finding 6" when incident.severity >= medium

        measure report "Report the incident" source "Finding 13(a)" {
            done when incident.reported on incident.reported_on
        }

        obligation must_report source "Finding 13(a)" {
            holder state
            when serious
            must report
            within 72 hours after incident.reported_on
        }

        """;

    public static Dictionary<string, string> Files => new() { ["facts.obl"] = Facts, ["rules.obl"] = Rules };
}
