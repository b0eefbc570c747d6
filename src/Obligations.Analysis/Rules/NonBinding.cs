using Obligations.Diagnostics;
using Obligations.Lowering;
using Obligations.Syntax;
using Obligations.Text;

namespace Obligations.Analysis.Rules;

/// <summary>
/// Conflicts between rules where one is not a settled norm (emerging, proposed, best practice, contested): the law
/// does not require both, so the conflict is reported as information with the same text and the weaker side named.
/// </summary>
internal static class NonBinding
{
    public static Diagnostic Create(DiagnosticDescriptor binding, DiagnosticDescriptor nonBinding, Location location, IrRule[] rules, params object?[] args)
    {
        if (rules.FirstOrDefault(r => !r.IsBinding) is not { } weaker) return Diagnostic.Create(binding, location, args);
        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, binding.MessageFormat, args);
        return Diagnostic.Create(nonBinding, location, message, weaker.Name, Vocabulary.Strengths[(int)weaker.Strength]);
    }
}
