using Obligations.Runtime;

namespace Obligations.Cli.Tests;

/// <summary>The runtime's checked date arithmetic, which generated deadlines call: out of range names the rule and place.</summary>
public sealed class DateMathTests
{
    [Fact]
    public void A_deadline_past_9999_names_the_rule_and_its_place()
    {
        var start = new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var e = Assert.Throws<EvaluationException>(() => DateMath.AddDeadline(start, TimeSpan.FromDays(400), "deliver_goods", "a.obl", 7, 12));
        Assert.Equal("a.obl(7,12): the deadline of 'deliver_goods' (9999-01-01T00:00:00Z + 400 days) falls outside the dates the evaluator can represent (0001-01-01 to 9999-12-31)", e.Message);
    }

    [Fact]
    public void A_deadline_in_range_is_the_sum()
    {
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(start.AddDays(14), DateMath.AddDeadline(start, TimeSpan.FromDays(14), "r", "a.obl", 1, 1));
        Assert.Equal(DateTimeOffset.MaxValue, DateMath.Add(DateTimeOffset.MaxValue - TimeSpan.FromDays(1), TimeSpan.FromDays(1), "a.obl", 1, 1));
    }

    [Fact]
    public void Before_year_1_is_refused_too()
    {
        Assert.False(DateMath.TryAdd(DateTimeOffset.MinValue, TimeSpan.FromMinutes(-1), out _));
    }

    [Theory]
    [InlineData("99999999999999999999999999999 days")]
    [InlineData("16000000000 minutes")]
    [InlineData("٣ days")]
    [InlineData("3.٥ days")]
    public void Duration_text_out_of_range_or_in_non_ASCII_digits_is_not_a_duration(string text) =>
        Assert.False(DurationText.TryParse(text, out _));

    [Theory]
    [InlineData("٢٠٢٤-05-01")]
    [InlineData("2024-05-01T1٠:00Z")]
    public void Date_text_in_non_ASCII_digits_is_not_a_date(string text) =>
        Assert.False(DateText.TryParse(text, out _));
}
