using Obligations.Binding;
using Obligations.Semantics;
using Obligations.Syntax;

namespace Obligations.Core.Tests;

/// <summary>Position queries; the cursor is marked with | in the test text.</summary>
public sealed class SemanticModelTests
{
    private const string Source = """
        enum Capacity ordered { low, medium, high }
        record State { capacity: Capacity  acted: bool }
        fact state: State
        party territorial_state
        /// Quick enough for the State's capacity.
        define response_time = match state.capacity { low => 72 hours, medium => 48 hours, high => 24 hours }
        measure act { done when state.acted }
        obligation take_action source "Finding 13(a)" {
          holder territorial_state
          when state.capacity >= medium
          must act
          within response_time after now
        }
        """;

    private static (SemanticModel Model, int Position) Setup(string marked)
    {
        var position = marked.IndexOf('|');
        var tree = SyntaxTree.ParseText(marked.Remove(position, 1));
        var compilation = Compilation.Create([tree]);
        Assert.Empty(compilation.GetDiagnostics());
        return (compilation.GetSemanticModel(tree), position);
    }

    [Theory]
    [InlineData("state.capa|city >= medium", SymbolKind.Field, "capacity")]
    [InlineData("must a|ct", SymbolKind.Measure, "act")]
    [InlineData("within resp|onse_time", SymbolKind.Define, "response_time")]
    [InlineData("when state.capacity >= med|ium", SymbolKind.EnumMember, "medium")]
    [InlineData("holder territorial_st|ate", SymbolKind.Party, "territorial_state")]
    [InlineData("obligation take_ac|tion", SymbolKind.Rule, "take_action")]
    public void Symbol_at_position(string marker, SymbolKind kind, string name)
    {
        var plain = marker.Replace("|", "");
        var (model, position) = Setup(Source.Replace(plain, marker));
        var symbol = model.GetSymbolAt(position);
        Assert.NotNull(symbol);
        Assert.Equal(kind, symbol!.Kind);
        Assert.Equal(name, symbol.Name);
    }

    [Fact]
    public void Doc_comment_and_citation_reach_the_symbol()
    {
        var (model, _) = Setup(Source + "|");
        var define = model.Program.ByName["response_time"];
        Assert.Equal("Quick enough for the State's capacity.", define.DocComment);
        Assert.Equal("Finding 13(a)", model.Program.ByName["take_action"].Citation);
        Assert.Equal(OblType.Duration, ((DefineSymbol)define).Type);
    }

    [Fact]
    public void References_are_found_across_the_file()
    {
        var (model, _) = Setup(Source + "|");
        var capacity = model.Program.Enums.Single().Members.Single(m => m.Name == "medium");
        var references = model.FindReferences(capacity).ToList();
        Assert.Equal(3, references.Count);
        Assert.Single(references, r => r.IsDeclaration);
    }

    [Fact]
    public void Type_of_expression_at_position()
    {
        var (model, position) = Setup(Source.Replace("72 hours", "72 ho|urs"));
        var expression = model.FindExpression(position);
        Assert.NotNull(expression);
        Assert.Equal(OblType.Duration, model.GetTypeOf(expression!));
    }

    [Fact]
    public void Binding_is_cancellable()
    {
        var tree = SyntaxTree.ParseText(Source);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Compilation.Create([tree]).GetBoundProgram(cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => SyntaxTree.ParseText(Source, cancellationToken: cts.Token));
    }
}
