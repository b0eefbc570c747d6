namespace Obligations.Runtime.Scenarios;

/// <summary>
/// A rule or consequence whose status differs from what a scenario expects. <see cref="Subject"/> is
/// "rule" or "consequence"; statuses are the snake_case names of <see cref="StatusNames"/>.
/// </summary>
public sealed record ScenarioDifference(string Subject, string Name, string Expected, string Actual)
{
    /// <summary>The line <c>oblc test</c> prints: <c>rule x: status expected breached, actual complied</c>.</summary>
    public override string ToString() => $"{Subject} {Name}: status expected {Expected}, actual {Actual}";
}
