namespace Obligations.Testing.Harness;

/// <summary>
/// Shrinks a failing pair of choice lists the way CsCheck shrinks: drop chunks (halving their size), then lower
/// values to 0, keeping each step that still fails. Each step compiles a rule set, so the number of tries is bounded.
/// </summary>
public static class ChoiceShrinker
{
    public static (int[] RuleSet, int[] Situation) Shrink(int[] ruleSet, int[] situation, Func<int[], int[], bool> fails, int budget = 150)
    {
        var tries = 0;
        bool Try(int[] r, int[] s) => ++tries <= budget && fails(r, s);
        foreach (var which in new[] { 0, 1, 0, 1 })
        {
            var current = which == 0 ? ruleSet : situation;
            for (var chunk = Math.Max(1, current.Length / 2); chunk >= 1 && tries < budget; chunk /= 2)
            {
                for (var start = 0; start + chunk <= current.Length && tries < budget;)
                {
                    var candidate = current[..start].Concat(current[(start + chunk)..]).ToArray();
                    if (which == 0 ? Try(candidate, situation) : Try(ruleSet, candidate))
                    {
                        current = candidate;
                        if (which == 0) ruleSet = candidate; else situation = candidate;
                    }
                    else start += chunk;
                }
            }
            for (var i = 0; i < current.Length && tries < budget; i++)
            {
                if (current[i] == 0) continue;
                var candidate = (int[])current.Clone();
                candidate[i] = 0;
                if (which == 0 ? Try(candidate, situation) : Try(ruleSet, candidate))
                {
                    current = candidate;
                    if (which == 0) ruleSet = candidate; else situation = candidate;
                }
            }
        }
        return (ruleSet, situation);
    }
}
