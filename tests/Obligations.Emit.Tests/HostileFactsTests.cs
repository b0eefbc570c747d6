using Obligations.Runtime.Hosting;
using Obligations.Runtime.Json;

namespace Obligations.Emit.Tests;

/// <summary>Facts JSON that is hostile rather than merely wrong: every refusal names its JSON path and the reason.</summary>
public sealed class HostileFactsTests
{
    private static readonly Lazy<EvaluatorHost> s_host = new(() => TestRules.Load("""
        record Claim {
            count: int
            amount: money EUR
            ratio: decimal
            note: text
        }
        fact claim: Claim
        fact urgent: bool
        trigger t when urgent and claim.count > 1
        """));

    private static string Facts(string count = "3", string amount = "10.5", string ratio = "0.5", string note = "\"ok\"", string extra = "") =>
        $$"""{ "claim": { "count": {{count}}, "amount": {{amount}}, "ratio": {{ratio}}, "note": {{note}} }, "urgent": true{{extra}} }""";

    private static FactsJsonException Refused(string json) => Assert.Throws<FactsJsonException>(() => s_host.Value.ReadFacts(json));

    [Fact]
    public void The_valid_facts_are_read() => Assert.NotNull(s_host.Value.ReadFacts(Facts()));

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("1e40")]
    public void A_whole_number_beyond_64_bits_names_its_path_and_the_range(string count)
    {
        var e = Refused(Facts(count: count));
        Assert.Equal("$.claim.count", e.JsonPath);
        Assert.Contains("is out of range: whole numbers are from -9223372036854775808 to 9223372036854775807", e.Message);
    }

    [Fact]
    public void A_fraction_for_a_whole_number_still_says_whole_number() =>
        Assert.Contains("expected a whole number, found the number 3.5", Refused(Facts(count: "3.5")).Message);

    [Theory]
    [InlineData("1e30", "out of range")]
    [InlineData("1e-400", "too small to hold: it would become 0")]
    [InlineData("0.00000000000000000000000000000001", "too small to hold")]
    public void A_number_the_evaluator_cannot_hold_is_refused_not_rounded(string amount, string reason)
    {
        var e = Refused(Facts(amount: amount));
        Assert.Equal("$.claim.amount", e.JsonPath);
        Assert.Contains(reason, e.Message);
        Assert.Contains(reason, Refused(Facts(ratio: amount)).Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0e-400")]
    [InlineData("-0.0")]
    public void Zero_written_any_way_is_zero(string ratio) => Assert.NotNull(s_host.Value.ReadFacts(Facts(ratio: ratio)));

    [Fact]
    public void A_duplicate_name_is_refused_at_its_second_occurrence()
    {
        var e = Refused(Facts(extra: ", \"urgent\": false"));
        Assert.Equal("$.urgent", e.JsonPath);
        Assert.Contains("given twice", e.Message);
        var nested = Refused(Facts(note: "\"a\", \"count\": 4"));
        Assert.Equal("$.claim.count", nested.JsonPath);
    }

    [Fact]
    public void The_same_name_in_different_objects_is_not_a_duplicate() =>
        Assert.Contains("unknown name", Refused(Facts(extra: ", \"x\": { \"urgent\": 1 }")).Message);

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"a\\udc00b\"")]
    [InlineData("\"\\ud800\\u0041\"")]
    public void A_lone_surrogate_escape_is_refused_wherever_it_is(string note)
    {
        var e = Refused(Facts(note: note));
        Assert.Equal("$.claim.note", e.JsonPath);
        Assert.Contains("unpaired surrogate", e.Message);
        var inName = Refused(Facts(extra: $", {note}: 1"));
        Assert.Contains("a name with an unpaired surrogate", inName.Message);
    }

    [Fact]
    public void A_paired_surrogate_escape_is_text() => Assert.NotNull(s_host.Value.ReadFacts(Facts(note: "\"\\ud835\\udd18\"")));

    [Theory]
    [InlineData(64, false)]
    [InlineData(65, true)]
    [InlineData(100_000, true)]
    public void Nesting_deeper_than_64_levels_says_so_with_the_path(int depth, bool refused)
    {
        // The root object is level 1; the value of "x" adds depth - 1 nested arrays.
        var json = Facts(extra: ", \"x\": " + new string('[', depth - 1) + new string(']', depth - 1));
        var e = Refused(json);
        if (refused)
        {
            Assert.Contains("nested deeper than 64 levels", e.Message);
            Assert.StartsWith("$.x" + string.Concat(Enumerable.Repeat("[0]", 63 - 1)), e.JsonPath);
        }
        else Assert.Contains("unknown name", e.Message);
    }

    [Theory]
    [InlineData("{ \"claim\": ", "$.claim")]
    [InlineData("{ \"urgent\": true, \"claim\": [1, 2, } ", "$.claim[2]")]
    [InlineData("{ \"urgent\": true ", "$")]
    public void Malformed_json_names_the_value_being_read(string json, string path) =>
        Assert.Equal(path, Refused(json).JsonPath);
}
