namespace Obligations.Testing.Generation;

// Leaves (names and literals), set literals and the three forms of match.
public sealed partial class RuleSetBuilder
{
    private static readonly int[] s_amounts = [1, 2, 3, 7, 12, 24, 72];

    private string Leaf(GenType type)
    {
        var paths = _paths.Where(p => p.Type == type).ToList();
        if (paths.Count > 0 && (_c.Chance(70) || type.Kind == TypeKind.Record)) return _c.Pick(paths).Text;
        return Literal(type);
    }

    private string Literal(GenType type)
    {
        switch (type.Kind)
        {
            case TypeKind.Bool: return _c.Chance(50) ? "true" : "false";
            case TypeKind.Int:
            {
                var value = _c.Pick(Lexicon.Ints);
                _literals.Numbers.Add(value);
                return value >= 1000 && _c.Chance(50) ? $"{value / 1000}_{value % 1000:000}" : Lexicon.Number(value);
            }
            case TypeKind.Decimal:
            {
                var value = _c.Pick(Lexicon.Decimals);
                _literals.Numbers.Add(value);
                return Lexicon.Number(value);
            }
            case TypeKind.Money:
            {
                decimal value = _c.Chance(70) ? _c.Pick(Lexicon.Ints) : _c.Pick(Lexicon.Decimals);
                _literals.MoneyOf(type.Currency!).Add(value);
                return $"{Lexicon.Number(value)} {type.Currency}";
            }
            case TypeKind.Duration:
            {
                var (amount, unit) = (_c.Pick(s_amounts), _c.Next(Lexicon.Units.Length));
                _literals.Durations.Add(TimeSpan.FromMinutes(amount * Lexicon.UnitMinutes[unit]));
                return Lexicon.Duration(amount, unit);
            }
            case TypeKind.Date:
            {
                if (_c.Chance(15)) return "now";
                var value = _c.Pick(Lexicon.Dates);
                _literals.Dates.Add(value);
                return Lexicon.Date(value);
            }
            case TypeKind.Text:
            {
                var value = _c.Pick(Lexicon.Texts);
                _literals.Texts.Add(Lexicon.Unescape(value));
                return $"\"{value}\"";
            }
            case TypeKind.Enum: return $"{type.Enum!.Name}.{_c.Pick(type.Enum.Members)}";
            case TypeKind.Set: return SetLiteral(type.Enum!, qualified: true);
            default: throw new InvalidOperationException($"no literal of {type}");
        }
    }

    private string SetLiteral(GenEnum e, bool qualified)
    {
        var members = e.Members.Where(_ => _c.Chance(50)).DefaultIfEmpty(e.Members[0]);
        return "{ " + string.Join(", ", members.Select(m => qualified ? $"{e.Name}.{m}" : m)) + " }";
    }

    private string Separator() => _c.Chance(50) ? ",\n" : "\n";

    private string Match(GenType type, int depth) => _c.Next(3) switch
    {
        0 => GuardedMatch(type, depth),
        1 => ValueMatch(type, depth),
        _ => EnumMatch(type, depth),
    };

    private string EnumMatch(GenType type, int depth)
    {
        var e = _c.Pick(_enums);
        var arms = new List<string>();
        var pending = e.Members.ToList();
        var hasElse = _c.Chance(30);
        while (pending.Count > 0)
        {
            var group = pending.Take(_c.Between(1, Math.Min(3, pending.Count))).ToList();
            pending.RemoveRange(0, group.Count);
            // With an else arm, a group may be left out.
            if (hasElse && _c.Chance(30)) continue;
            arms.Add($"{string.Join(" | ", group)} => {Expr(type, depth - 1)}");
        }
        if (hasElse || arms.Count == 0) arms.Add($"else => {Expr(type, depth - 1)}");
        return $"match {EnumOperand(e, depth - 1)} {{\n{string.Join(Separator(), arms)}\n}}";
    }

    private string ValueMatch(GenType type, int depth)
    {
        GenType subject = _c.Next(4) switch
        {
            0 => GenType.Text,
            1 => GenType.Money(_c.Pick(Lexicon.Currencies)),
            2 => GenType.Date,
            _ => GenType.Int,
        };
        var count = _c.Between(1, 3);
        var arms = Enumerable.Range(0, count).Select(_ => $"{Literal(subject) switch { "now" => Lexicon.Date(Lexicon.Dates[0]), var l => l }} => {Expr(type, depth - 1)}").ToList();
        arms.Add($"else => {Expr(type, depth - 1)}");
        return $"match {Expr(subject, depth - 1)} {{\n{string.Join(Separator(), arms)}\n}}";
    }

    private string GuardedMatch(GenType type, int depth)
    {
        var count = _c.Between(1, 3);
        var arms = Enumerable.Range(0, count).Select(_ => $"when {Condition(depth - 1)} => {Expr(type, depth - 1)}").ToList();
        // Without else, a situation where no guard holds is an evaluation error on both sides.
        if (!_c.Chance(15)) arms.Add($"else => {Expr(type, depth - 1)}");
        return $"match {{\n{string.Join(Separator(), arms)}\n}}";
    }
}
