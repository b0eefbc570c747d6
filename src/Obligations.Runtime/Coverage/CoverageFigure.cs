using System.Globalization;

namespace Obligations.Runtime.Coverage;

/// <summary>A covered / total count; <see cref="Percent"/> is 100 when there is nothing to cover.</summary>
public readonly record struct CoverageFigure(int Covered, int Total)
{
    public double Percent => Total == 0 ? 100 : 100.0 * Covered / Total;

    public static CoverageFigure operator +(CoverageFigure a, CoverageFigure b) => new(a.Covered + b.Covered, a.Total + b.Total);

    /// <summary>The percentage rounded down to one decimal, so a figure below a threshold never prints as reaching it.</summary>
    public string PercentText => (Math.Floor(Percent * 10) / 10).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>"87.5% (35/40)".</summary>
    public override string ToString() => $"{PercentText}% ({Covered}/{Total})";
}
