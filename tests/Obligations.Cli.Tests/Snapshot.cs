namespace Obligations.Cli.Tests;

/// <summary>Compares output with a checked-in file; <c>OBL_UPDATE_BASELINES=1</c> rewrites the file instead.</summary>
internal static class Snapshot
{
    public static string Folder { get; } = Path.Combine(CliRunner.Root, "tests", "Obligations.Cli.Tests", "Snapshots");

    /// <summary>Against <c>Snapshots/<paramref name="name"/></c>.</summary>
    public static void Verify(string name, string actual) => VerifyFile(Path.Combine(Folder, name), actual);

    public static void VerifyFile(string path, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("OBL_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"{path} is missing; run the tests with OBL_UPDATE_BASELINES=1 to create it.");
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n"), actual);
    }
}
