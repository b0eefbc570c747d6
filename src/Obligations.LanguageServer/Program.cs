using Obligations.LanguageServer.Server;

// The .obl language server. The protocol runs over stdin/stdout (`--stdio`, the only transport, may be given
// any number of times); everything else a human might read goes to stderr.
var unknown = args.Where(a => a != "--stdio").ToList();
if (unknown.Count > 0)
{
    // Clients add their own flags (e.g. --clientProcessId); ignoring them beats refusing to start.
    Console.Error.WriteLine($"[obl-lsp warn] ignoring argument(s) {string.Join(" ", unknown)}; usage: Obligations.LanguageServer --stdio");
}

var input = Console.OpenStandardInput();
var output = Console.OpenStandardOutput();
// Nothing may write to stdout but the protocol: route stray console output to stderr.
Console.SetOut(Console.Error);
using var host = new LanguageServerHost(input, output, Console.Error);
return await host.RunAsync();
