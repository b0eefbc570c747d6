using Obligations.Runtime;

namespace Obligations.Emit.Tests;

/// <summary>Dividing a duration by zero, or by a zero duration, is an evaluation error naming its place (as the IR says).</summary>
public sealed class DurationDivisionTests
{
    [Theory]
    [InlineData("define share: duration = d / n\ntrigger long_share when share > 1 day\n", """{ "d": "3 days", "n": 0, "z": "0 hours" }""", "rules/durations.obl(5,26): division by zero")]
    [InlineData("define ratio: decimal = d / z\ntrigger high when ratio > 1\n", """{ "d": "3 days", "n": 2, "z": "0 hours" }""", "rules/durations.obl(5,25): division by a zero duration")]
    public void DivisionByZeroNamesItsPlace(string rules, string facts, string message)
    {
        var host = TestRules.Load("fact d: duration\nfact n: int\nfact z: duration\n\n" + rules, "rules/durations.obl");
        var e = Assert.Throws<EvaluationException>(() => host.Evaluate(facts, DateTimeOffset.UnixEpoch));
        Assert.Equal(message, e.Message);
    }
}
