using Obligations.Evaluator.Benchmarks.Rules;

namespace Obligations.Evaluator.Benchmarks;

/// <summary>
/// "member in set" for a member chosen by the facts (<c>operation.offence in institutions.criminalised_offences</c>):
/// registered with RulesEngine as a custom type, the usual way to give its expressions a helper.
/// </summary>
public static class RulesEngineHelpers
{
    public static bool In(Offence offence, OffenceSet set) => ((ulong)set & (1UL << (int)offence)) != 0;
}
