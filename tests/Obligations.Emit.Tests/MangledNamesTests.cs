using Obligations.Runtime;

namespace Obligations.Emit.Tests;

/// <summary>
/// Every name the language accepts gives C# that compiles without a warning (TestRules.Load asserts both), and
/// JSON facts still use the names as the rules spell them.
/// </summary>
public sealed class MangledNamesTests
{
    private static readonly string s_cjk = new('漢', 350);
    private static readonly string s_longEnum = "E" + new string('e', 1099);

    public static TheoryData<string, string, string> Cases => new()
    {
        // name of the case, the rules (a trigger on the fact or field under test), facts that make it hold
        { "lower-case record and enum names", "enum level { low, high }\nrecord order { urgent: bool\n grade: level }\nfact order_fact: order\ntrigger t when order_fact.urgent and order_fact.grade = high",
            """{ "order_fact": { "urgent": true, "grade": "high" } }""" },
        { "records named like C# types", "record string { x: bool }\nrecord object { y: string }\nfact s: object\ntrigger t when s.y.x",
            """{ "s": { "y": { "x": true } } }""" },
        { "enum member value__", "enum E { value__, other }\nfact e: E\ntrigger t when e = value__", """{ "e": "value__" }""" },
        { "enum members named like Enum's methods", "enum E { HasFlag, ToString, CompareTo }\nfact e: E\ntrigger t when e = ToString", """{ "e": "ToString" }""" },
        { "fields named like object's methods", "record R { Equals: bool\n GetHashCode: bool\n ToString: bool\n GetType: bool\n MemberwiseClone: bool }\nfact r: R\ntrigger t when r.Equals and r.GetType",
            """{ "r": { "Equals": true, "GetHashCode": false, "ToString": false, "GetType": true, "MemberwiseClone": false } }""" },
        { "facts named like object's methods", "fact GetType: bool\nfact Equals: bool\nfact ReferenceEquals: bool\ntrigger t when GetType and Equals and ReferenceEquals",
            """{ "GetType": true, "Equals": true, "ReferenceEquals": true }""" },
        { "350 CJK characters", $"record R {{ {s_cjk}: bool }}\nfact {s_cjk}: R\ntrigger t when {s_cjk}.{s_cjk}",
            $$"""{ "{{s_cjk}}": { "{{s_cjk}}": true } }""" },
        { "1,100-character enum name", $"enum {s_longEnum} {{ a, b }}\nfact e: set of {s_longEnum}\ntrigger t when a in e", """{ "e": ["a"] }""" },
        { "two long names with the same start", $"fact {s_cjk}x: bool\nfact {s_cjk}y: bool\ntrigger t when {s_cjk}x and not {s_cjk}y",
            $$"""{ "{{s_cjk}}x": true, "{{s_cjk}}y": false }""" },
        { "keywords", "record class { event: bool }\nfact @fact: class\ntrigger t when @fact.event".Replace("@fact", "namespace"), """{ "namespace": { "event": true } }""" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_evaluator_compiles_and_reads_facts_by_their_rule_names(string name, string rules, string facts)
    {
        var host = TestRules.Load(rules, "names.obl");
        var result = host.Evaluate(facts, DateTimeOffset.UnixEpoch);
        Assert.True(result.Conditions[0] == ConditionValue.True, name);
    }

    [Theory]
    [InlineData("a\"b.obl")]
    [InlineData("line\nbreak.obl")]
    [InlineData("tab\there.obl")]
    public void A_file_name_with_a_quote_or_control_character_compiles_in_line_directives(string path)
    {
        var host = TestRules.Load("fact x: bool\ntrigger t when x", path);
        Assert.Equal(ConditionValue.True, host.Evaluate("""{ "x": true }""", DateTimeOffset.UnixEpoch).Conditions[0]);
    }

    [Theory]
    [InlineData("rules")]
    [InlineData("evaluator")]
    public void A_lower_case_class_name_compiles(string className)
    {
        var host = TestRules.Load(TestRules.Parse(("a.obl", "fact x: bool\ntrigger t when x")), EvaluatorOptions.Default with { ClassName = className });
        Assert.Equal(className, host.Evaluator.GetType().Name);
    }

    [Fact]
    public void An_output_named_like_the_runtime_library_is_refused() =>
        Assert.Contains("overwritten", (EvaluatorOptions.Default with { AssemblyName = "obligations.runtime" }).Validate());

    [Fact]
    public void A_class_name_too_long_for_metadata_is_refused() =>
        Assert.Contains("at most", (EvaluatorOptions.Default with { ClassName = "R" + new string('r', 600) }).Validate());
}
