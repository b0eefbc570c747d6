using System.Runtime.CompilerServices;
using Obligations.LanguageServer.Server;
using Obligations.LanguageServer.Workspace;
using Obligations.Runtime.Scenarios;
using Obligations.Syntax;

namespace Obligations.LanguageServer.Features.ScenarioCases;

/// <summary>
/// The scenario cases of the workspace for the custom requests and CodeLens: finds the rule sets under the
/// workspace folders, compiles each from the current snapshot (recompiling only when one of its trees changed)
/// and runs cases with <see cref="ScenarioChecker"/>, exactly as <c>oblc test</c> does. One per server.
/// </summary>
internal sealed class ScenarioCaseService
{
    private static readonly ConditionalWeakTable<ServerServices, ScenarioCaseService> s_instances = new();
    private readonly object _gate = new();
    private readonly Dictionary<string, CompiledRuleSet> _compiled = new(StringComparer.Ordinal);
    private readonly HashSet<string> _background = new(StringComparer.Ordinal);
    private readonly ServerServices _services;

    private ScenarioCaseService(ServerServices services) => _services = services;

    public static ScenarioCaseService For(ServerServices services) => s_instances.GetValue(services, s => new ScenarioCaseService(s));

    /// <summary>Every rule set folder under the workspace folders, full paths, sorted.</summary>
    public IReadOnlyList<string> RuleSets() =>
        _services.Workspace.Folders.SelectMany(ScenarioFolders.FindRuleSets).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The rule set whose rules or cases include <paramref name="path"/>; the innermost when folders nest.</summary>
    public string? RuleSetOf(string path) =>
        RuleSets().Where(r => ScenarioFolders.IsRuleFile(r, path) || ScenarioFolders.Cases(r).Contains(path, StringComparer.Ordinal))
            .OrderByDescending(r => r.Length).FirstOrDefault();

    /// <summary>
    /// Whether the client re-requests CodeLens when asked (<c>workspace/codeLens/refresh</c>); then CodeLens never
    /// compiles on the message loop, so typing does not wait for a rule set's compile.
    /// </summary>
    public bool ClientRefreshesCodeLens { get; set; }

    /// <summary>The last compiled form of the rule set, current or not (null before the first compile).</summary>
    public CompiledRuleSet? Latest(string ruleSet, out bool current)
    {
        var trees = TreesOf(_services.Workspace.Snapshot, ruleSet);
        lock (_gate)
        {
            var latest = _compiled.GetValueOrDefault(ruleSet);
            current = latest is not null && latest.IsCurrent(trees);
            return latest;
        }
    }

    /// <summary>Compiles the rule set's current text on the thread pool, once at a time, then calls <paramref name="done"/>.</summary>
    public void CompileInBackground(string ruleSet, Action done)
    {
        lock (_background)
        {
            if (!_background.Add(ruleSet)) return;
        }
        _ = Task.Run(() =>
        {
            try
            {
                Compile(ruleSet, CancellationToken.None);
                done();
            }
            catch (Exception e)
            {
                _services.Logger.Error($"compiling the rule set {ruleSet} for its cases failed: {e}");
            }
            finally
            {
                lock (_background) _background.Remove(ruleSet);
            }
        });
    }

    public CompiledRuleSet Compile(string ruleSet, CancellationToken cancellationToken)
    {
        var trees = TreesOf(_services.Workspace.Snapshot, ruleSet);
        lock (_gate)
        {
            if (_compiled.TryGetValue(ruleSet, out var cached) && cached.IsCurrent(trees)) return cached;
            var compiled = CompiledRuleSet.Compile(trees, cancellationToken);
            if (cached is not null) cached.Dispose();
            _compiled[ruleSet] = compiled;
            return compiled;
        }
    }

    /// <summary>Runs one case file; a rule set that does not compile fails every case with the reason.</summary>
    public ScenarioOutcome Run(CompiledRuleSet ruleSet, string casePath)
    {
        if (ruleSet.Host is null) return new ScenarioOutcome(null, null, [], [ruleSet.Error ?? "the rule set does not compile"]);
        string json;
        try
        {
            json = File.ReadAllText(casePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ScenarioOutcome(null, null, [], [$"cannot be read: {e.Message}"]);
        }
        return ScenarioChecker.Check(ruleSet.Host, json);
    }

    private static List<SyntaxTree> TreesOf(WorkspaceSnapshot snapshot, string ruleSet) =>
        snapshot.Compilation.SyntaxTrees.Where(t => ScenarioFolders.IsRuleFile(ruleSet, t.Path)).OrderBy(t => t.Path, StringComparer.Ordinal).ToList();
}
