using Google.OrTools.Sat;
using Google.OrTools.Util;
using Obligations.Lowering;

namespace Obligations.Analysis.Solving;

/// <summary>
/// Makes two encodings of two versions of a rule set (two <see cref="ConditionEncoder"/>s on one model) read one
/// situation: every fact path both versions use, with the same type (by name: enums and records of the two versions
/// are different declarations), gets equal values. A path only one version reads is free in the other. An enum
/// member only one version has cannot be given to the other, so it is excluded (and said so).
/// </summary>
internal static class FactLinker
{
    /// <summary>Links the shared paths; returns a note per path or member that could not be shared.</summary>
    public static List<string> Link(CpModel model, ConditionEncoder old, ConditionEncoder @new)
    {
        var notes = new List<string>();
        var newPaths = @new.Facts.All.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var (path, (oldType, oldValue)) in old.Facts.All.ToList())
        {
            if (!newPaths.TryGetValue(path, out var other)) continue;
            var (newType, newValue) = other;
            if (!SameType(oldType, newType))
            {
                notes.Add($"'{path}' is {oldType} in the old version and {newType} in the new one: the two are not compared");
                continue;
            }
            switch (oldValue, newValue)
            {
                case (BoolValue a, BoolValue b):
                    Equal(model, a.Lit, b.Lit);
                    break;
                case (EnumValue a, EnumValue b):
                    Members(model, path, oldType.Enum!.Members.Select(m => m.Name).ToList(), a.Members, newType.Enum!.Members.Select(m => m.Name).ToList(), b.Members, notes);
                    break;
                case (SetValue a, SetValue b):
                    Members(model, path, oldType.Element!.Enum!.Members.Select(m => m.Name).ToList(), a.Members, newType.Element!.Enum!.Members.Select(m => m.Name).ToList(), b.Members, notes);
                    break;
                case (NumberValue a, NumberValue b):
                    model.AddLinearExpressionInDomain(a.Form.Subtract(b.Form).ToIntegerExpression(), new Domain(0, 0));
                    break;
                case (TextValue a, TextValue b):
                    foreach (var literal in a.Literals.Keys.Union(b.Literals.Keys, StringComparer.Ordinal).ToList())
                        Equal(model, Lit.Of(old.Facts.TextEquals(a, literal)), Lit.Of(@new.Facts.TextEquals(b, literal)));
                    break;
            }
        }
        return notes;
    }

    /// <summary>Same kind, currency, and for enums and records the same name (members are matched by name).</summary>
    public static bool SameType(IrType a, IrType b) => a.Kind == b.Kind && a.Currency == b.Currency
        && a.Enum?.Name == b.Enum?.Name && a.Record?.Name == b.Record?.Name
        && (a.Element is null ? b.Element is null : b.Element is not null && SameType(a.Element, b.Element));

    private static void Members(CpModel model, string path, List<string> oldNames, IReadOnlyList<Lit> oldLits,
        List<string> newNames, IReadOnlyList<Lit> newLits, List<string> notes)
    {
        for (var i = 0; i < oldNames.Count; i++)
        {
            var j = newNames.IndexOf(oldNames[i]);
            if (j >= 0) Equal(model, oldLits[i], newLits[j]);
            else
            {
                Force(model, oldLits[i], false);
                notes.Add($"'{path}' = {oldNames[i]} exists only in the old version and is not compared");
            }
        }
        for (var j = 0; j < newNames.Count; j++)
            if (!oldNames.Contains(newNames[j]))
            {
                Force(model, newLits[j], false);
                notes.Add($"'{path}' = {newNames[j]} exists only in the new version and is not compared");
            }
    }

    private static void Equal(CpModel model, Lit a, Lit b)
    {
        if (a.Constant is { } ca) { Force(model, b, ca); return; }
        if (b.Constant is { } cb) { Force(model, a, cb); return; }
        model.AddImplication(a.Literal!, b.Literal!);
        model.AddImplication(b.Literal!, a.Literal!);
    }

    private static void Force(CpModel model, Lit lit, bool value)
    {
        if (lit.Constant is { } c)
        {
            if (c != value) model.AddBoolOr(Array.Empty<ILiteral>());
            return;
        }
        model.AddBoolOr([value ? lit.Literal! : lit.Literal!.Not()]);
    }
}
