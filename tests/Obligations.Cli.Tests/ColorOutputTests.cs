using System.Text.RegularExpressions;
using Obligations.Analysis;
using Obligations.Cli.Output;
using Obligations.Cli.Output.Terminal;
using Obligations.Semantics;
using Obligations.Text;

namespace Obligations.Cli.Tests;

/// <summary>
/// Snapshots of <c>oblc check</c>'s text output: the canonical one-line form when redirected (whatever NO_COLOR says),
/// source lines with carets and colour with <c>--color always</c>, and source lines without colour (a terminal with
/// NO_COLOR or <c>--color never</c>). Re-baseline with OBL_UPDATE_BASELINES=1.
/// </summary>
public sealed class ColorOutputTests
{
    private static readonly string s_faults = Path.Combine("tests", "Obligations.Cli.Tests", "Snapshots", "faults.obl");

    [Fact]
    public void Redirected_output_is_the_canonical_one_line_form()
    {
        var (exit, stdout, _) = CliRunner.Run(CliRunner.Root, "check", s_faults);
        Assert.Equal(1, exit);
        Assert.DoesNotContain("\u001b[", stdout);
        Assert.All(stdout.TrimEnd().Split('\n').SkipLast(1), line =>
            Assert.Matches(new Regex(@"^tests/Obligations\.Cli\.Tests/Snapshots/faults\.obl\(\d+,\d+\): (error|warning|info) OBL\d{4}: .+$"), line.TrimEnd()));
        Snapshot.Verify("faults.plain.txt", stdout);
    }

    [Fact]
    public void Color_always_adds_colour_source_lines_carets_and_related_places()
    {
        var (exit, stdout, _) = CliRunner.Run(CliRunner.Root, "check", s_faults, "--color", "always");
        Assert.Equal(1, exit);
        Assert.Contains("\u001b[1;31merror OBL1002:\u001b[0m", stdout);
        Snapshot.Verify("faults.color.txt", stdout);
    }

    [Fact]
    public void Terminal_without_colour_shows_source_lines_and_no_escape_codes()
    {
        var compilation = Compilation.Parse([new SourceText(s_faults.Replace('\\', '/'), File.ReadAllText(Path.Combine(CliRunner.Root, s_faults)))]);
        var diagnostics = AnalysisDriver.GetDiagnostics(compilation, AnalysisOptions.Default, CancellationToken.None);
        var output = new StringWriter();
        DiagnosticWriter.Write(output, OutputFormats.Text, diagnostics, 1, ColorMode.Resolve(ColorMode.Auto, isTerminal: true, noColor: true));
        Assert.DoesNotContain("\u001b[", output.ToString());
        Assert.Contains("^^^^", output.ToString());
        Snapshot.Verify("faults.nocolor.txt", output.ToString());
    }

    [Theory]
    [InlineData(ColorMode.Auto, false, false, false, false)]
    [InlineData(ColorMode.Auto, true, false, true, true)]
    [InlineData(ColorMode.Auto, true, true, true, false)]
    [InlineData(ColorMode.Never, true, false, true, false)]
    [InlineData(ColorMode.Always, false, true, true, true)]
    public void Color_mode_follows_the_terminal_NO_COLOR_and_the_option(string choice, bool terminal, bool noColor, bool snippets, bool colors) =>
        Assert.Equal(new ColorMode(snippets, colors), ColorMode.Resolve(choice, terminal, noColor));
}
