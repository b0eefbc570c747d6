using System.CommandLine;

namespace Obligations.Cli.Output;

public static class OutputFormats
{
    public const string Text = "text";
    public const string Json = "json";
    public const string Sarif = "sarif";

    public static Option<string> CreateOption()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (path(line,col): error OBL1002: message), json or sarif (SARIF 2.1.0)",
            DefaultValueFactory = _ => Text,
        };
        option.AcceptOnlyFromAmong(Text, Json, Sarif);
        return option;
    }
}
