namespace Obligations.Cli.Tests;

/// <summary>Small complete rule sets for the robustness tests: one obligation over an order record.</summary>
internal static class RuleSources
{
    public const string Order = """
        party seller "The seller" source "Contract, cl. 1"
        record Order {
            placed_on: date
            delivered: bool
            delivered_on: date
        }
        fact order: Order
        measure deliver "Deliver the goods" source "Contract, cl. 4" {
            done when order.delivered on order.delivered_on
        }
        """;

    /// <summary>The order rule set with an obligation due <paramref name="within"/> after the order was placed.</summary>
    public static string WithDeadline(string within) => Order + $$"""

        obligation deliver_goods source "Contract, cl. 4.1" {
            holder seller
            standing
            must deliver
            within {{within}} after order.placed_on
        }
        consequence price_reduction source "Contract, cl. 9" {
            kind reparation
            on breach of deliver_goods
        }
        """;

    public static string Facts(string placedOn) =>
        $$"""{ "now": "2024-06-01", "facts": { "order": { "placed_on": "{{placedOn}}", "delivered": false, "delivered_on": "2024-01-01" } } }""";
}
