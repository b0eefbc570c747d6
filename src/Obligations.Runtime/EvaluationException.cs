namespace Obligations.Runtime;

/// <summary>An evaluation that cannot give a value, e.g. no arm of a guarded match applies; names the rule source.</summary>
public sealed class EvaluationException : Exception
{
    public EvaluationException(string message, string path, int line, int column)
        : base($"{path}({line},{column}): {message}")
    {
        Path = path;
        Line = line;
        Column = column;
    }

    public string Path { get; }
    public int Line { get; }
    public int Column { get; }

    /// <summary>Thrown by generated code where a match without <c>else</c> finds no arm.</summary>
    public static EvaluationException NoMatchArm(string path, int line, int column) =>
        new("no arm of this match applies to the facts given", path, line, column);
}
