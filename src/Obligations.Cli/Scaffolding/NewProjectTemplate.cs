namespace Obligations.Cli.Scaffolding;

/// <summary>
/// The files <c>oblc new</c> writes: a small rule set that checks clean (a duty with a deadline, an exception and a
/// consequence, each citing a source), a scenario case that passes, and an obligations.json.
/// </summary>
internal static class NewProjectTemplate
{
    public static string Rules(string module) => $$"""
        // {{module}}: a rule set to start from. Replace the example with your rules; `oblc check .` checks them,
        // `oblc test .` runs the cases in cases/, and `oblc eval . --facts cases/request-answered-late.json --explain`
        // says why each rule has its status.
        module {{module}}

        /// The organisation that must answer requests.
        party organisation "The organisation that receives requests" source "Clause 1"

        /// A request the organisation received.
        record Request source "Clause 2" {
            received_on: date
            answered: bool
            answered_on: date
            /// The request is manifestly unfounded or excessive.
            manifestly_unfounded: bool source "Clause 4"
        }

        fact request: Request source "Clause 2"

        trigger request_received source "Clause 2" when request.received_on <= now

        measure answer_request "Answer the request" source "Clause 3" {
            done when request.answered on request.answered_on
        }

        /// Answer every request within one month of receiving it, unless it is manifestly unfounded.
        obligation answer_within_a_month source "Clause 3" {
            holder organisation
            when request_received
            must answer_request
            within 30 days after request.received_on
            unless request.manifestly_unfounded source "Clause 4"
        }

        /// A late or missing answer lets the requester complain.
        consequence right_to_complain source "Clause 5" {
            kind responsibility
            on breach of answer_within_a_month
        }

        """;

    public const string Case = """
        {
          "description": "A request received on 1 March is answered on 15 April: later than the month allowed.",
          "now": "2025-05-01T00:00:00Z",
          "facts": {
            "request": {
              "received_on": "2025-03-01T00:00:00Z",
              "answered": true,
              "answered_on": "2025-04-15T00:00:00Z",
              "manifestly_unfounded": false
            }
          },
          "expect": {
            "rules": { "answer_within_a_month": "breached" },
            "consequences": { "right_to_complain": "applies" }
          }
        }

        """;

    public const string Configuration = """
        {
          "diagnostics": {
            "OBL3009": "warning"
          }
        }

        """;
}
