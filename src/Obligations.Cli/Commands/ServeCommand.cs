using System.CommandLine;
using System.Text.Json;
using Obligations.Cli.Evaluation;
using Obligations.Emit.Schema;
using Obligations.Service;

namespace Obligations.Cli.Commands;

/// <summary><c>oblc serve &lt;rules|Rules.dll&gt; [--port 8080] [--host 127.0.0.1]</c>: the rule set as an HTTP evaluation service.</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("rules")
        {
            Description = ".obl files or folders, or one evaluator assembly (.dll) written by 'oblc build'",
            Arity = ArgumentArity.OneOrMore,
        };
        var port = new Option<int>("--port", "-p") { Description = "TCP port (0: any free port)", DefaultValueFactory = _ => 8080 };
        var host = new Option<string>("--host") { Description = "Address to listen on (0.0.0.0 in a container)", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", "Serve a rule set over HTTP: POST /v1/evaluate, GET /v1/rules, /v1/schema, /openapi/v1.json, /health, /ready.") { paths, port, host };
        command.SetAction(parse =>
        {
            var rules = parse.GetValue(paths)!;
            var evaluator = EvaluatorLoader.Load(rules, stderr, out var exitCode);
            if (evaluator is null) return exitCode;
            string? schema = null;
            if (!(rules.Length == 1 && rules[0].EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                && CompilationLoader.Load(rules, TextWriter.Null, out _) is { } compilation)
                schema = FactsSchemaWriter.Write(compilation.GetBoundProgram(), evaluator.RuleSet.Name).ToJsonString(new JsonSerializerOptions { WriteIndented = true });
            var options = new ServiceOptions { Host = parse.GetValue(host)!, Port = parse.GetValue(port) };
            EvaluationService service;
            try
            {
                service = EvaluationService.Create(evaluator, schema, options);
                service.StartAsync().GetAwaiter().GetResult();
            }
            catch (IOException e)
            {
                stderr.WriteLine($"oblc: cannot listen on {options.Host}:{options.Port}: {e.Message}");
                return ExitCodes.Usage;
            }
            stdout.WriteLine($"oblc: serving {evaluator.RuleSet.Name} on {service.Address} (Ctrl+C to stop)");
            service.WaitForShutdownAsync().GetAwaiter().GetResult();
            service.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return ExitCodes.Success;
        });
        return command;
    }
}
