using System.Globalization;
using System.Xml.Linq;
using Obligations.Runtime.Coverage;

namespace Obligations.Cli.Coverage;

/// <summary>
/// Coverage as a Cobertura XML report (Azure DevOps, GitLab, Jenkins, ReportGenerator): a package per rule set,
/// a class per .obl file (path relative to the source folder, the current directory), a method per rule or
/// consequence, and per line the run count and the condition coverage of its conditions.
/// </summary>
public static class CoberturaWriter
{
    public static XDocument ToXml(IReadOnlyList<(string Folder, RuleSetCoverage Coverage)> reports, DateTimeOffset timestamp)
    {
        var source = Directory.GetCurrentDirectory();
        var all = reports.SelectMany(r => CoverageFile.Of(r.Coverage)).ToList();
        var root = new XElement("coverage", Rates(all.SelectMany(f => f.Lines).ToList()),
            new XAttribute("lines-covered", all.Sum(f => f.Lines.Count(l => l.Hits > 0))),
            new XAttribute("lines-valid", all.Sum(f => f.Lines.Count)),
            new XAttribute("branches-covered", all.Sum(f => f.Lines.Sum(l => l.BranchesCovered))),
            new XAttribute("branches-valid", all.Sum(f => f.Lines.Sum(l => l.Branches))),
            new XAttribute("complexity", 0), new XAttribute("version", "1.9"),
            new XAttribute("timestamp", timestamp.ToUnixTimeSeconds()),
            new XElement("sources", new XElement("source", source)),
            new XElement("packages", reports.Select(r => Package(r.Coverage, source))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    private static XElement Package(RuleSetCoverage report, string source)
    {
        var files = CoverageFile.Of(report);
        return new XElement("package", new XAttribute("name", report.RuleSet.Name), Rates(files.SelectMany(f => f.Lines).ToList()), new XAttribute("complexity", 0),
            new XElement("classes", files.Select(file => new XElement("class",
                new XAttribute("name", Path.GetFileNameWithoutExtension(file.Path)),
                new XAttribute("filename", Path.GetRelativePath(source, Path.GetFullPath(file.Path)).Replace('\\', '/')),
                Rates(file.Lines), new XAttribute("complexity", 0),
                new XElement("methods", file.Functions.Select(Method)),
                new XElement("lines", file.Lines.Select(Line))))));
    }

    private static XElement Method(CoverageFunction f) => new("method",
        new XAttribute("name", f.Name), new XAttribute("signature", ""),
        new XAttribute("line-rate", f.Hits > 0 ? "1" : "0"), new XAttribute("branch-rate", "0"), new XAttribute("complexity", 0),
        new XElement("lines", new XElement("line", new XAttribute("number", f.Line), new XAttribute("hits", f.Hits))));

    private static XElement Line(CoverageLine line) => new("line",
        new XAttribute("number", line.Line), new XAttribute("hits", line.Hits), new XAttribute("branch", "true"),
        new XAttribute("condition-coverage", $"{(int)Math.Floor(100.0 * line.BranchesCovered / line.Branches)}% ({line.BranchesCovered}/{line.Branches})"));

    private static IEnumerable<XAttribute> Rates(IReadOnlyList<CoverageLine> lines)
    {
        var lineRate = lines.Count == 0 ? 1 : (double)lines.Count(l => l.Hits > 0) / lines.Count;
        var branches = lines.Sum(l => l.Branches);
        var branchRate = branches == 0 ? 1 : (double)lines.Sum(l => l.BranchesCovered) / branches;
        yield return new XAttribute("line-rate", lineRate.ToString("0.####", CultureInfo.InvariantCulture));
        yield return new XAttribute("branch-rate", branchRate.ToString("0.####", CultureInfo.InvariantCulture));
    }
}
