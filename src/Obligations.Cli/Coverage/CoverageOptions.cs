using System.CommandLine;
using System.Text.Json;
using Obligations.Runtime.Coverage;

namespace Obligations.Cli.Coverage;

/// <summary>
/// The coverage options of <c>oblc test</c>: <c>--coverage</c>, <c>--coverage-format text|json|lcov|cobertura</c>,
/// <c>--coverage-output FILE</c> and <c>--min-coverage PERCENT</c> (each of the last three implies <c>--coverage</c>).
/// Text goes to stdout unless a file is named; the other formats go to a file (by default lcov.info,
/// coverage.json or coverage.cobertura.xml in the current folder).
/// </summary>
public sealed class CoverageOptions
{
    public const string Text = "text", Json = "json", Lcov = "lcov", Cobertura = "cobertura";

    public Option<bool> Enabled { get; } = new("--coverage") { Description = "Report which conditions the cases made hold and fail, and which statuses they reached" };

    public Option<string?> Format { get; } = new("--coverage-format") { Description = "Coverage format: text (default), json, lcov or cobertura" };

    public Option<string?> Output { get; } = new("--coverage-output") { Description = "Coverage file to write ('-' for stdout; default: stdout for text; lcov.info, coverage.json or coverage.cobertura.xml)" };

    public Option<double?> Minimum { get; } = new("--min-coverage") { Description = "Fail (exit 1) when condition coverage is below this percentage (0-100)" };

    public CoverageOptions()
    {
        Format.AcceptOnlyFromAmong(Text, Json, Lcov, Cobertura);
        Minimum.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is { } value && (value < 0 || value > 100 || double.IsNaN(value)))
                result.AddError("--min-coverage: expected a percentage from 0 to 100");
        });
    }

    public IEnumerable<Option> All => [Enabled, Format, Output, Minimum];

    public bool IsRequested(ParseResult parse) =>
        parse.GetValue(Enabled) || parse.GetValue(Format) is not null || parse.GetValue(Output) is not null || parse.GetValue(Minimum) is not null;

    /// <summary>Writes the report; returns false (with the reason on stderr) when coverage is below the minimum.</summary>
    /// <exception cref="IOException">The coverage file cannot be written.</exception>
    public bool Report(ParseResult parse, CoverageObserver observer, TextWriter stdout, TextWriter stderr)
    {
        var reports = observer.Reports();
        var format = parse.GetValue(Format) ?? Text;
        var path = parse.GetValue(Output) ?? format switch { Lcov => "lcov.info", Json => "coverage.json", Cobertura => "coverage.cobertura.xml", _ => null };
        var content = new StringWriter();
        switch (format)
        {
            case Json:
                content.WriteLine(CoverageJsonWriter.ToJson(reports, observer.FailedRuleSets).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                break;
            case Lcov:
                LcovWriter.Write(content, reports);
                break;
            case Cobertura:
                var xml = CoberturaWriter.ToXml(reports, DateTimeOffset.UtcNow);
                content.WriteLine(xml.Declaration + "\n" + xml.Root);
                break;
            default:
                CoverageTextWriter.Write(content, reports, observer.FailedRuleSets);
                break;
        }
        var totals = CoverageTotals.Of(reports.Select(r => r.Coverage));
        if (path is null or "-") stdout.Write(content.ToString());
        else
        {
            File.WriteAllText(path, content.ToString());
            stdout.WriteLine($"coverage ({format}) written to {path}: conditions {totals.Conditions}, statuses {totals.Statuses}");
        }
        if (parse.GetValue(Minimum) is not { } minimum || totals.Conditions.Percent >= minimum) return true;
        stderr.WriteLine($"oblc: condition coverage {totals.Conditions.PercentText}% is below --min-coverage {minimum.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        return false;
    }
}
