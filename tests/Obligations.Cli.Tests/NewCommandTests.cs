namespace Obligations.Cli.Tests;

public sealed class NewCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("oblc-new-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void New_writes_a_rule_set_that_checks_and_tests_clean()
    {
        var (exit, stdout, stderr) = CliRunner.Run(_dir, "new", "Leave Requests");
        Assert.True(exit == 0, stderr);
        Assert.Contains("leave_requests.obl", stdout);
        Assert.True(File.Exists(Path.Combine(_dir, "Leave Requests", "obligations.json")));

        var (checkExit, checkOut, _) = CliRunner.Run(_dir, "check", "Leave Requests");
        Assert.True(checkExit == 0, checkOut);
        Assert.Contains("0 error(s), 0 warning(s)", checkOut);

        var (testExit, testOut, _) = CliRunner.Run(_dir, "test", "Leave Requests");
        Assert.True(testExit == 0, testOut);
        Assert.EndsWith("1 passed, 0 failed", testOut.TrimEnd());
    }

    [Fact]
    public void New_refuses_a_folder_that_is_not_empty()
    {
        File.WriteAllText(Path.Combine(_dir, "keep.txt"), "mine");
        var (exit, _, stderr) = CliRunner.Run(_dir, "new", ".");
        Assert.Equal(2, exit);
        Assert.Contains("already exists and is not empty", stderr);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_dir, "keep.txt")));
    }

    [Theory]
    [InlineData("My Rules-2", "my_rules_2")]
    [InlineData("2024 policy", "rules_2024_policy")]
    [InlineData("---", "rules")]
    public void Module_names_are_snake_case_identifiers(string folder, string module) =>
        Assert.Equal(module, Obligations.Cli.Commands.NewCommand.ModuleName(folder));
}
