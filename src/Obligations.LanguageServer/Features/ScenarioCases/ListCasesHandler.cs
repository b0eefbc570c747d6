using Obligations.LanguageServer.Protocol;
using Obligations.LanguageServer.Server;
using Obligations.Runtime.Scenarios;

namespace Obligations.LanguageServer.Features.ScenarioCases;

/// <summary>
/// <c>obligations/listCases</c>: every rule set of the workspace (a folder holding <c>cases/</c>) with its case
/// files, their descriptions and expected statuses, read from disk without compiling anything.
/// </summary>
public sealed class ListCasesHandler(ServerServices services) : RequestHandler<ListCasesParams, ListCasesResult>(services)
{
    public override string Method => "obligations/listCases";

    protected override bool RequiresParams => false;

    protected override ListCasesResult Handle(ListCasesParams? request, CancellationToken cancellationToken)
    {
        var service = ScenarioCaseService.For(Services);
        return new ListCasesResult(service.RuleSets().Select(folder => new RuleSetCases(
            DocumentUris.FromPath(folder),
            Path.GetFileName(folder),
            ScenarioFolders.Cases(folder).Select(Item).ToList())).ToList());
    }

    private static ScenarioCaseItem Item(string path)
    {
        ScenarioExpectations expectations;
        try
        {
            expectations = ScenarioExpectations.Read(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            expectations = new ScenarioExpectations(null, new Dictionary<string, string>(), new Dictionary<string, string>(), "cannot be read: " + e.Message);
        }
        return new ScenarioCaseItem(DocumentUris.FromPath(path), Path.GetFileNameWithoutExtension(path), expectations.Description,
            expectations.Rules.ToDictionary(), expectations.Consequences.ToDictionary(), expectations.Problem);
    }
}
