using Obligations.Fuzz.Afl;
using SharpFuzz;

// Coverage-guided fuzzing targets for AFL++ through SharpFuzz (see docs/fuzzing.md for the commands):
//   parser  — an input is .obl text: lexed, parsed and bound; any exception is a crash.
//   facts   — an input is JSON facts for the data-breach example: read; only FactsJsonException may come out.
// Without AFL (no __AFL_SHM_ID), each argument after the target is a file run once: a quick replay of a crash.
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine("usage: Obligations.Fuzz.Afl parser|facts [files to replay]");
    return 2;
}
if (args.Length > 1)
{
    foreach (var file in args.Skip(1))
    {
        using var stream = File.OpenRead(file);
        target(stream);
        Console.WriteLine($"ok: {file}");
    }
    return 0;
}
Fuzzer.OutOfProcess.Run(target);
return 0;
