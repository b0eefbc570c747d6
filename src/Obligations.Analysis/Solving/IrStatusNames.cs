using System.Text;
using Obligations.Lowering;

namespace Obligations.Analysis.Solving;

/// <summary>Statuses as the runtime and scenario files write them: <c>not_applicable</c>, <c>not_triggered</c>.</summary>
public static class IrStatusNames
{
    public static string Of(IrStatus status) => Snake(status.ToString());

    public static string Of(IrConsequenceStatus status) => Snake(status.ToString());

    private static string Snake(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0) text.Append('_');
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }
}
