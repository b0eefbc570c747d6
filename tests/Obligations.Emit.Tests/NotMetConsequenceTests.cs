namespace Obligations.Emit.Tests;

/// <summary>A consequence that opts in to an unmet non-binding duty says so in its explanation.</summary>
public sealed class NotMetConsequenceTests
{
    [Fact]
    public void A_consequence_following_an_unmet_proposal_names_it_as_not_met()
    {
        var host = TestRules.Load("""
            fact risk: bool
            fact warned: bool
            party state "S"
            measure warn "Warn" {
                done when warned
            }
            obligation warn_of_risk {
                holder state
                strength proposed
                when risk
                must warn
            }
            consequence opted_in {
                kind responsibility
                on not_met of warn_of_risk
            }
            """);
        var result = host.Evaluate("""{ "risk": true, "warned": false }""", DateTimeOffset.UnixEpoch);
        var consequence = Assert.Single(result.Explain().Consequences);
        Assert.Equal("applies: warn_of_risk not met and every condition holds", consequence.Summary);
    }
}
