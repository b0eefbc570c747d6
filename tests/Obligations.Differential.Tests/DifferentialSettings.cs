namespace Obligations.Differential.Tests;

/// <summary>
/// Sizes of the runs. CI uses the defaults; the long run sets OBL_DIFF_RULESETS, OBL_DIFF_SITUATIONS,
/// OBL_DIFF_WELLTYPED, OBL_DIFF_FIRST_SEED (the first rule-set seed) and OBL_DIFF_SEED (a CsCheck seed printed by a failure, to replay it).
/// </summary>
internal static class DifferentialSettings
{
    public static long WellTypedIterations => Read("OBL_DIFF_WELLTYPED", 2000);

    public static int RuleSets => (int)Read("OBL_DIFF_RULESETS", 80);

    public static int Situations => (int)Read("OBL_DIFF_SITUATIONS", 25);

    public static int FirstSeed => (int)Read("OBL_DIFF_FIRST_SEED", 1);

    public static string? Seed => Environment.GetEnvironmentVariable("OBL_DIFF_SEED") is { Length: > 0 } s ? s : null;

    private static long Read(string name, long fallback) =>
        long.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;
}
