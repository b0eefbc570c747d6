using Obligations.Semantics;
using Obligations.Syntax;
using Xunit;

namespace Obligations.Analysis.Tests;

public sealed class CancellationTests
{
    [Fact]
    public void Cancelled_analysis_throws_instead_of_returning_partial_results()
    {
        var compilation = Compilation.Create([SyntaxTree.ParseText("fact a: bool\nparty p\nmeasure m { done when a }\nobligation o { holder p when a must m }\n")]);
        compilation.GetDiagnostics();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => AnalysisDriver.RunAnalyses(compilation, AnalysisOptions.Default, cancellation.Token));
    }
}
