namespace Obligations.Emit.Tests;

/// <summary>Compares output with a checked-in file; <c>OBL_UPDATE_BASELINES=1</c> rewrites the file instead.</summary>
internal static class Baseline
{
    public static bool Updating => Environment.GetEnvironmentVariable("OBL_UPDATE_BASELINES") == "1";

    public static void Verify(string expectedPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        if (Updating)
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run the tests with OBL_UPDATE_BASELINES=1 to create it.");
        var expected = File.ReadAllText(expectedPath).Replace("\r\n", "\n");
        Assert.Equal(expected, actual);
    }
}
