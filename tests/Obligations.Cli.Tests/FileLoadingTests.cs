using System.Diagnostics;

namespace Obligations.Cli.Tests;

/// <summary>Files that are not what they seem: pipes, link loops, unreadable settings, an output that would overwrite the runtime.</summary>
public sealed class FileLoadingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("oblc-files-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Fact]
    public void A_fifo_named_obligations_json_is_skipped_not_waited_on()
    {
        if (OperatingSystem.IsWindows()) return;
        File.WriteAllText(Path.Combine(_dir, "a.obl"), RuleSources.WithDeadline("14 days"));
        MakeFifo(Path.Combine(_dir, "obligations.json"));
        var (exit, stdout, stderr) = CliRunner.Run(_dir, "check", "a.obl");
        Assert.True(exit == 0, stdout + stderr);
    }

    [Fact]
    public void A_fifo_named_like_a_rule_file_is_skipped_in_a_folder_and_refused_by_name()
    {
        if (OperatingSystem.IsWindows()) return;
        File.WriteAllText(Path.Combine(_dir, "a.obl"), RuleSources.WithDeadline("14 days"));
        MakeFifo(Path.Combine(_dir, "pipe.obl"));
        var (exit, stdout, stderr) = CliRunner.Run(_dir, "check", ".");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("1 file(s) checked", stdout);
        (exit, _, stderr) = CliRunner.Run(_dir, "check", "pipe.obl");
        Assert.Equal(2, exit);
        Assert.Contains("pipe.obl: is not a regular file", stderr);
    }

    [Fact]
    public void A_folder_symlink_loop_reads_each_file_once()
    {
        var sub = Directory.CreateDirectory(Path.Combine(_dir, "rules")).FullName;
        File.WriteAllText(Path.Combine(sub, "a.obl"), RuleSources.WithDeadline("14 days"));
        Directory.CreateSymbolicLink(Path.Combine(sub, "loop"), sub);
        Directory.CreateSymbolicLink(Path.Combine(_dir, "again"), sub);
        var (exit, stdout, stderr) = CliRunner.Run(_dir, "check", ".");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("1 file(s) checked", stdout);
    }

    [Fact]
    public void An_unreadable_obligations_json_is_a_clear_error_without_a_stack_trace()
    {
        if (!OperatingSystem.IsLinux()) return;
        File.WriteAllText(Path.Combine(_dir, "a.obl"), RuleSources.WithDeadline("14 days"));
        // A regular file whose reading fails even for root: /proc/self/mem cannot be read at offset 0 (EIO).
        File.CreateSymbolicLink(Path.Combine(_dir, "obligations.json"), "/proc/self/mem");
        var (exit, stdout, stderr) = CliRunner.Run(_dir, "check", "a.obl");
        Assert.True(exit == 1, $"exit {exit}: {stdout}{stderr}");
        Assert.Contains("obligations.json' cannot be read", stdout);
        Assert.DoesNotContain("   at ", stdout + stderr);
    }

    [Theory]
    [InlineData("Obligations.Runtime.dll")]
    [InlineData("obligations.runtime.dll")]
    [InlineData("System.Runtime.dll")]
    public void Build_refuses_an_output_named_like_a_library_the_evaluator_needs(string output)
    {
        File.WriteAllText(Path.Combine(_dir, "a.obl"), RuleSources.WithDeadline("14 days"));
        var (exit, stdout, stderr) = CliRunner.Run(_dir, "build", "a.obl", "-o", Path.Combine("out", output));
        Assert.True(exit == 2, $"exit {exit}: {stdout}{stderr}");
        Assert.Contains("is the name of a library the evaluator needs beside it", stderr);
        Assert.False(Directory.Exists(Path.Combine(_dir, "out")));
    }
}
