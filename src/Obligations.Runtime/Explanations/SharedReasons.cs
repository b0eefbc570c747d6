namespace Obligations.Runtime.Explanations;

/// <summary>Finds the named reasons (triggers, thresholds, criteria) that two or more rules or consequences rely on.</summary>
internal static class SharedReasons
{
    public static IReadOnlyList<Reason> Find(IEnumerable<IReadOnlyList<Reason>> roots)
    {
        var users = new Dictionary<Reason, int>(ReferenceEqualityComparer.Instance);
        var order = new List<Reason>();
        foreach (var root in roots)
        {
            var seen = new HashSet<Reason>(ReferenceEqualityComparer.Instance);
            var named = new List<Reason>();
            foreach (var reason in root) Visit(reason, seen, named);
            foreach (var reason in named)
            {
                if (!users.TryGetValue(reason, out var count)) order.Add(reason);
                users[reason] = count + 1;
            }
        }
        return order.Where(r => users[r] > 1).ToList();
    }

    private static void Visit(Reason reason, HashSet<Reason> seen, List<Reason> named)
    {
        if (!seen.Add(reason)) return;
        if (reason.Condition.Name is not null) named.Add(reason);
        foreach (var part in reason.Decisive) Visit(part, seen, named);
    }
}
