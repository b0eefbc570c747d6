namespace Obligations.Testing.Generation;

// Expressions of a given type. Every operator application is parenthesised, so the printed text means what was built.
public sealed partial class RuleSetBuilder
{
    private string Condition(int depth) => Expr(GenType.Bool, depth);

    private string Expr(GenType type, int depth)
    {
        if (depth <= 0 || !_c.Chance(55)) return Leaf(type);
        if (_c.Chance(12)) return Match(type, depth);
        return type.Kind switch
        {
            TypeKind.Bool => BoolExpr(depth),
            TypeKind.Int => _c.Next(4) switch
            {
                0 => $"(-{Expr(type, depth - 1)})",
                1 => $"({Expr(type, depth - 1)} * {Expr(type, depth - 1)})",
                2 => $"({Expr(type, depth - 1)} - {Expr(type, depth - 1)})",
                _ => $"({Expr(type, depth - 1)} + {Expr(type, depth - 1)})",
            },
            TypeKind.Decimal => DecimalExpr(depth),
            TypeKind.Money => _c.Next(6) switch
            {
                0 => $"(-{Expr(type, depth - 1)})",
                1 => $"({Expr(type, depth - 1)} * {Number(depth - 1)})",
                2 => $"({Number(depth - 1)} * {Expr(type, depth - 1)})",
                3 => $"({Expr(type, depth - 1)} / {Divisor(depth - 1)})",
                4 => $"({Expr(type, depth - 1)} - {Expr(type, depth - 1)})",
                _ => $"({Expr(type, depth - 1)} + {Expr(type, depth - 1)})",
            },
            TypeKind.Duration => _c.Next(7) switch
            {
                0 => $"(-{Expr(type, depth - 1)})",
                1 => $"({Expr(type, depth - 1)} * {SmallFactor()})",
                2 => $"({SmallFactor()} * {Expr(type, depth - 1)})",
                3 => $"({Expr(type, depth - 1)} / {NonZeroLiteral()})",
                4 => $"({Expr(GenType.Date, depth - 1)} - {Expr(GenType.Date, depth - 1)})",
                5 => $"({Expr(type, depth - 1)} - {Expr(type, depth - 1)})",
                _ => $"({Expr(type, depth - 1)} + {Expr(type, depth - 1)})",
            },
            TypeKind.Date => _c.Next(3) switch
            {
                0 => $"({Expr(GenType.Duration, depth - 1)} + {Expr(type, depth - 1)})",
                1 => $"({Expr(type, depth - 1)} - {Expr(GenType.Duration, depth - 1)})",
                _ => $"({Expr(type, depth - 1)} + {Expr(GenType.Duration, depth - 1)})",
            },
            _ => Leaf(type),
        };
    }

    private string BoolExpr(int depth)
    {
        switch (_c.Next(7))
        {
            case 0: return $"({Condition(depth - 1)} and {Condition(depth - 1)})";
            case 1: return $"({Condition(depth - 1)} or {Condition(depth - 1)})";
            case 2: return $"(not {Condition(depth - 1)})";
            case 3:
            {
                var e = _c.Pick(_enums);
                var set = _c.Chance(40) ? SetLiteral(e, qualified: false) : Expr(GenType.SetOf(e), depth - 1);
                return $"({EnumOperand(e, depth - 1)} {(_c.Chance(30) ? "not in" : "in")} {set})";
            }
            case 4:
            {
                var type = EqualityType();
                var op = _c.Chance(50) ? "=" : "!=";
                if (type.Kind == TypeKind.Enum && _c.Chance(40)) return $"({Expr(type, depth - 1)} {op} {_c.Pick(type.Enum!.Members)})";
                return $"({Expr(type, depth - 1)} {op} {Expr(type, depth - 1)})";
            }
            default:
            {
                var type = OrderedType();
                string[] ops = ["<", "<=", ">", ">=", "=", "!="];
                var op = _c.Pick(ops);
                if (type.IsNumeric) return $"({Number(depth - 1)} {op} {Number(depth - 1)})";
                if (type.Kind == TypeKind.Enum && _c.Chance(40)) return $"({Expr(type, depth - 1)} {op} {_c.Pick(type.Enum!.Members)})";
                return $"({Expr(type, depth - 1)} {op} {Expr(type, depth - 1)})";
            }
        }
    }

    private string DecimalExpr(int depth)
    {
        var cur = _c.Pick(Lexicon.Currencies);
        return _c.Next(7) switch
        {
            0 => $"(-{Expr(GenType.Decimal, depth - 1)})",
            1 => $"({Number(depth - 1)} / {Divisor(depth - 1)})",
            2 => $"({Expr(GenType.Money(cur), depth - 1)} / {NotLiteralZero(Expr(GenType.Money(cur), depth - 1))})",
            3 => $"({Expr(GenType.Duration, depth - 1)} / {Expr(GenType.Duration, depth - 1)})",
            4 => $"({Expr(GenType.Decimal, depth - 1)} * {Number(depth - 1)})",
            5 => $"({Number(depth - 1)} - {Expr(GenType.Decimal, depth - 1)})",
            _ => $"({Expr(GenType.Int, depth - 1)} + {Expr(GenType.Decimal, depth - 1)})",
        };
    }

    /// <summary>An int or a decimal: the two mix freely.</summary>
    private string Number(int depth) => Expr(_c.Chance(50) ? GenType.Decimal : GenType.Int, depth);

    /// <summary>Usually a literal that is not zero (a literal zero divisor is an error); sometimes an expression.</summary>
    private string Divisor(int depth) => _c.Chance(25) ? NotLiteralZero(Number(depth)) : NonZeroLiteral();

    /// <summary>The binder rejects a literal zero divisor; anything else may still be zero at evaluation.</summary>
    private static string NotLiteralZero(string divisor) =>
        divisor == "0" || divisor.StartsWith("0 ", StringComparison.Ordinal) ? $"({divisor} + 1{divisor[1..]})" : divisor;

    private string NonZeroLiteral()
    {
        if (_c.Chance(50)) return Lexicon.Number(_c.Pick(Lexicon.Decimals));
        var value = Lexicon.Ints[1 + _c.Next(Lexicon.Ints.Length - 1)];
        _literals.Numbers.Add(value);
        return Lexicon.Number(value);
    }

    // Durations are multiplied by small constants only, so that no situation overflows a date.
    private string SmallFactor() => _c.Chance(50) ? Lexicon.Number(_c.Pick(Lexicon.Decimals[..3])) : _c.Between(0, 3).ToString();

    private string EnumOperand(GenEnum e, int depth) => Expr(GenType.EnumOf(e), depth);

    private GenType EqualityType() => _c.Next(4) switch
    {
        0 => GenType.Text,
        1 => GenType.EnumOf(_c.Pick(_enums)),
        2 => GenType.SetOf(_c.Pick(_enums)),
        _ => GenType.Bool,
    };

    private GenType OrderedType()
    {
        var ordered = _enums.Where(e => e.Ordered).ToList();
        return _c.Next(ordered.Count > 0 ? 6 : 5) switch
        {
            0 => GenType.Int,
            1 => GenType.Decimal,
            2 => GenType.Money(_c.Pick(Lexicon.Currencies)),
            3 => GenType.Duration,
            4 => GenType.Date,
            _ => GenType.EnumOf(_c.Pick(ordered)),
        };
    }
}
