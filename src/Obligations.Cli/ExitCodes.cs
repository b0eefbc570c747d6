namespace Obligations.Cli;

/// <summary>The documented exit codes of oblc.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int RuleErrors = 1;
    public const int Usage = 2;
    public const int Internal = 3;
}
