using Obligations.Runtime.Coverage;

namespace Obligations.Cli.Coverage;

/// <summary>
/// Coverage in the lcov tracefile format (genhtml, VS Code Coverage Gutters, Codecov): one record per .obl file
/// (absolute path); rules and consequences are functions (hit count: cases in which they applied), each line
/// holding conditions has its run count and two branches per condition (taken: cases in which it held, failed).
/// </summary>
public static class LcovWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<(string Folder, RuleSetCoverage Coverage)> reports)
    {
        foreach (var (_, report) in reports)
        {
            foreach (var file in CoverageFile.Of(report))
            {
                writer.Write($"TN:{report.RuleSet.Name}\n");
                writer.Write($"SF:{Path.GetFullPath(file.Path)}\n");
                foreach (var f in file.Functions) writer.Write($"FN:{f.Line},{f.Name}\n");
                foreach (var f in file.Functions) writer.Write($"FNDA:{f.Hits},{f.Name}\n");
                writer.Write($"FNF:{file.Functions.Count}\nFNH:{file.Functions.Count(f => f.Hits > 0)}\n");
                foreach (var line in file.Lines)
                {
                    foreach (var c in line.Conditions)
                    {
                        var run = c.Held + c.Failed > 0;
                        writer.Write($"BRDA:{line.Line},{c.Condition.Id},0,{(run ? c.Held.ToString() : "-")}\n");
                        writer.Write($"BRDA:{line.Line},{c.Condition.Id},1,{(run ? c.Failed.ToString() : "-")}\n");
                    }
                }
                writer.Write($"BRF:{file.Lines.Sum(l => l.Branches)}\nBRH:{file.Lines.Sum(l => l.BranchesCovered)}\n");
                foreach (var line in file.Lines) writer.Write($"DA:{line.Line},{line.Hits}\n");
                writer.Write($"LF:{file.Lines.Count}\nLH:{file.Lines.Count(l => l.Hits > 0)}\n");
                writer.Write("end_of_record\n");
            }
        }
    }
}
