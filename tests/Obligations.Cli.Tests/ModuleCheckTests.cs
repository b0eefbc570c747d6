namespace Obligations.Cli.Tests;

/// <summary><c>oblc check one-file.obl</c> of a multi-file module reports what the folder check reports for that file.</summary>
public sealed class ModuleCheckTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("oblc-module-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void One_file_of_a_module_is_checked_with_its_imports_and_importers()
    {
        var source = Path.Combine(CliRunner.Root, "examples", "harm-prevention");
        foreach (var file in Directory.GetFiles(source, "*.obl")) File.Copy(file, Path.Combine(_dir, Path.GetFileName(file)));
        var path = Path.Combine(_dir, "due_diligence.obl");
        File.WriteAllText(path, File.ReadAllText(path).Replace("must stop_the_operation", "must stop_the_operatoin"));

        var (fileExit, fileOut, _) = CliRunner.Run(_dir, "check", "due_diligence.obl");
        var (folderExit, folderOut, _) = CliRunner.Run(_dir, "check", ".");

        Assert.Equal(1, fileExit);
        Assert.Equal(1, folderExit);
        Assert.Contains("error OBL1002: 'stop_the_operatoin' is not defined; did you mean 'stop_the_operation'?", fileOut);
        Assert.Contains("1 file(s) checked: 1 error(s), 0 warning(s)", fileOut);
        var fileLines = fileOut.Split('\n').Where(l => l.Contains("): ")).ToList();
        var folderLines = folderOut.Split('\n').Where(l => l.Contains("due_diligence.obl(")).ToList();
        Assert.Equal(folderLines, fileLines);
    }
}
