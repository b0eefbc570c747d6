using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Tests.Infrastructure;

namespace Obligations.LanguageServer.Tests.Features;

public sealed class CodeActionTests
{
    private static async Task<(string Uri, List<LspDiagnostic> Diagnostics)> OpenAndDiagnoseAsync(LspTestServer server, string name, string text, string code)
    {
        var uri = await server.OpenAsync(name, text);
        var published = await server.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Any(d => d.Code == code));
        return (uri, published.Diagnostics);
    }

    private static Task<List<CodeAction>> ActionsAsync(LspTestServer server, string uri, Protocol.Range range, List<LspDiagnostic> diagnostics) =>
        server.RequestAsync<List<CodeAction>>("textDocument/codeAction", new { textDocument = new { uri }, range, context = new { diagnostics } });

    [Fact]
    public async Task Missing_match_arms_are_added()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var text = "import facts\ndefine v: int = match incident.severity {\n    low => 1,\n}\n";
        var (uri, diagnostics) = await OpenAndDiagnoseAsync(server, "m.obl", text, "OBL2006");
        var diagnostic = diagnostics.Single(d => d.Code == "OBL2006");
        var actions = await ActionsAsync(server, uri, diagnostic.Range, [diagnostic]);
        var addArms = actions.Single(a => a.Title.StartsWith("Add arms for medium, high", StringComparison.Ordinal));
        var fixedText = EditApplier.Apply(text, addArms.Edit!.Changes[uri]);
        Assert.Equal("import facts\ndefine v: int = match incident.severity {\n    low => 1,\n    medium => 1,\n    high => 1,\n}\n", fixedText);
        var elseArm = actions.Single(a => a.Title.StartsWith("Add an 'else' arm", StringComparison.Ordinal));
        Assert.Contains("    else => 1,\n}", EditApplier.Apply(text, elseArm.Edit!.Changes[uri]));
        await server.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(null, fixedText));
        await server.WaitForDiagnosticsAsync(uri, p => p.Version == 2 && !p.Diagnostics.Any(d => d.Severity == LspDiagnosticSeverity.Error));
    }

    [Fact]
    public async Task Undefined_measure_is_created()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var text = "import facts\n\n/// Doc.\nobligation o {\n    holder state\n    must warn_public\n}\n";
        var (uri, diagnostics) = await OpenAndDiagnoseAsync(server, "u.obl", text, "OBL1002");
        var diagnostic = diagnostics.Single(d => d.Code == "OBL1002");
        var action = Assert.Single(await ActionsAsync(server, uri, diagnostic.Range, [diagnostic]), a => a.Title == "Create measure 'warn_public'");
        var fixedText = EditApplier.Apply(text, action.Edit!.Changes[uri]);
        Assert.StartsWith("import facts\n\nmeasure warn_public \"Warn public\" {\n    // done when …\n}\n\n/// Doc.\nobligation o {", fixedText);
        await server.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent(null, fixedText));
        await server.WaitForDiagnosticsAsync(uri, p => p.Version == 2 && !p.Diagnostics.Any(d => d.Code == "OBL1002"));
    }

    [Fact]
    public async Task Missing_citation_diagnostic_gets_a_quick_fix()
    {
        await using var server = await LspTestServer.StartAsync();
        var text = "trigger t when true\n";
        var uri = await server.OpenAsync("q.obl", text);
        var info = new LspDiagnostic { Range = new Protocol.Range(new Position(0, 8), new Position(0, 9)), Code = "OBL3009", Message = "The trigger 't' cites no legal source" };
        var actions = await ActionsAsync(server, uri, info.Range, [info]);
        var action = Assert.Single(actions);
        Assert.Equal(CodeActionKinds.QuickFix, action.Kind);
        Assert.Equal("trigger t source \"TODO: cite the legal source\" when true\n", EditApplier.Apply(text, action.Edit!.Changes[uri]));
    }

    [Theory]
    [InlineData("fa|ct x: bool\n", "fact x: bool source \"TODO: cite the legal source\"\n")]
    [InlineData("enum E ordered| { a }\n", "enum E ordered source \"TODO: cite the legal source\" { a }\n")]
    [InlineData("measure m \"Do it\" {\n  |done when true\n}\n", "measure m \"Do it\" source \"TODO: cite the legal source\" {\n  done when true\n}\n")]
    [InlineData("define d: int = |1\n", "define d: int source \"TODO: cite the legal source\" = 1\n")]
    public async Task Citation_placeholder_is_offered_on_declarations_without_source(string marked, string expected)
    {
        await using var server = await LspTestServer.StartAsync();
        var markup = Markup.Parse(marked);
        var uri = await server.OpenAsync("c.obl", markup.Text);
        var actions = await ActionsAsync(server, uri, new Protocol.Range(markup.Cursor, markup.Cursor), []);
        var action = Assert.Single(actions, a => a.Title.StartsWith("Add a source citation", StringComparison.Ordinal));
        Assert.Equal(CodeActionKinds.RefactorRewrite, action.Kind);
        Assert.Equal(expected, EditApplier.Apply(markup.Text, action.Edit!.Changes[uri]));
    }

    [Fact]
    public async Task Contradiction_between_two_rules_offers_an_overrides_clause()
    {
        await using var server = await LspTestServer.StartAsync(SampleRules.Files);
        var text = "import facts\nimport rules\n\nprohibition keep_quiet {\n    holder state\n    when serious\n    must not report\n}\n";
        var uri = await server.OpenAsync("x.obl", text);
        await server.WaitForDiagnosticsAsync(uri);
        // The analyses report contradictions on one rule with the other among the related locations.
        var contradiction = new LspDiagnostic
        {
            Range = new Protocol.Range(new Position(3, 12), new Position(3, 22)),
            Code = "OBL3011",
            Message = "must_report and keep_quiet contradict",
            RelatedInformation = [new DiagnosticRelatedInformation(
                new LspLocation(server.Workspace.UriOf("rules.obl"), new Protocol.Range(new Position(9, 11), new Position(9, 22))), "the other rule")],
        };
        var actions = await ActionsAsync(server, uri, contradiction.Range, [contradiction]);
        var mine = actions.Single(a => a.Title == "Let 'keep_quiet' override 'must_report' (lex specialis)");
        Assert.Equal("import facts\nimport rules\n\nprohibition keep_quiet {\n    holder state\n    when serious\n    must not report\n    overrides must_report because lex_specialis\n}\n",
            EditApplier.Apply(text, mine.Edit!.Changes[uri]));
        var theirs = actions.Single(a => a.Title == "Let 'must_report' override 'keep_quiet' (lex specialis)");
        Assert.Contains(server.Workspace.UriOf("rules.obl"), theirs.Edit!.Changes.Keys);
    }
}
