namespace Obligations.Cli.Tests.Coverage;

/// <summary>Coverage reports compared with <c>Baselines/Coverage/</c> (see <see cref="Snapshot"/>).</summary>
internal static class CoverageBaseline
{
    public static string Folder => Path.Combine(CliRunner.Root, "tests", "Obligations.Cli.Tests", "Baselines", "Coverage");

    public static void Verify(string name, string actual) => Snapshot.VerifyFile(Path.Combine(Folder, name), actual);
}
