using Xunit;

namespace Obligations.Analysis.Tests;

/// <summary>
/// Each Baselines/&lt;case&gt; folder: the analyses' diagnostics must match the annotated .diagnostics files.
/// Re-baseline with <c>OBL_UPDATE_BASELINES=1 dotnet test tests/Obligations.Analysis.Tests</c> and review the diff.
/// </summary>
public sealed class BaselineTests
{
    public static TheoryData<string> Cases() => new(BaselineCase.Names());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_baseline(string name)
    {
        var baseline = BaselineCase.Load(name);
        var update = Environment.GetEnvironmentVariable("OBL_UPDATE_BASELINES") == "1";
        foreach (var (expectedPath, actual) in baseline.Outputs())
        {
            if (update) File.WriteAllText(expectedPath, actual);
            Assert.True(File.Exists(expectedPath), $"Missing baseline {expectedPath}; run with OBL_UPDATE_BASELINES=1. Actual:\n{actual}");
            var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
            Assert.True(expected == actual, $"Baseline {expectedPath} differs; run with OBL_UPDATE_BASELINES=1 to accept. Actual:\n{actual}");
        }
    }
}
