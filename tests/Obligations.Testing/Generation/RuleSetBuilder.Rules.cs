using System.Text;

namespace Obligations.Testing.Generation;

// The normative part: defines, thresholds, triggers, measures, rules and consequences.
public sealed partial class RuleSetBuilder
{
    private static readonly string[] s_reasons = ["lex_specialis", "lex_posterior", "lex_superior"];
    private static readonly string[] s_kinds = ["responsibility", "compensation", "cessation", "reparation", "countermeasures", "penalty", "termination"];

    private void DeclareDefine(int index)
    {
        var type = ValueType();
        var name = "d" + index;
        var value = Expr(type, _c.Between(1, 3));
        // The type may be omitted unless the value's members need it to resolve.
        var declared = type.Kind is TypeKind.Enum or TypeKind.Set || !_c.Chance(30) ? ": " + type.Syntax : "";
        _declarations.Add($"{Doc()}define {name}{declared}{Source()} = {value}\n");
        _paths.Add((name, type));
    }

    /// <summary>A type a define can have: any but a record.</summary>
    private GenType ValueType()
    {
        GenType type;
        do type = RandomDataType(allowRecord: false);
        while (type.Kind == TypeKind.Record);
        return type;
    }

    private void DeclareThreshold(int index)
    {
        var name = "th" + index;
        var count = _c.Between(1, 3);
        var body = new StringBuilder();
        for (var i = 0; i < count; i++) body.Append($"    {Doc()}criterion c{index}_{i}: {Condition(2)}{Source()}\n");
        _declarations.Add($"{Doc()}threshold {name}{Source()} {(_c.Chance(50) ? "all" : "any")} of {{\n{body}}}\n");
        _paths.Add((name, GenType.Bool));
    }

    private void DeclareTrigger(int index)
    {
        var name = "t" + index;
        _declarations.Add($"{Doc()}trigger {name}{Source()} when {Condition(2)}\n");
        _paths.Add((name, GenType.Bool));
    }

    private void DeclareMeasure(int index)
    {
        var name = "m" + index;
        var body = new StringBuilder();
        if (_c.Chance(90))
        {
            body.Append("    done when ").Append(Condition(2));
            if (_c.Chance(50)) body.Append(" on ").Append(Expr(GenType.Date, 1));
            body.Append('\n');
        }
        if (_measures.Count > 0 && _c.Chance(20)) body.Append($"    incompatible with {_c.Pick(_measures)}\n");
        var description = _c.Chance(50) ? $" \"Measure {index}\"" : "";
        _declarations.Add($"{Doc()}measure {name}{description}{Source()} {{\n{body}}}\n");
        _measures.Add(name);
    }

    private void DeclareRule(int index)
    {
        var kind = _c.Next(3);
        var keyword = kind switch { 0 => "obligation", 1 => "prohibition", _ => "permission" };
        var modality = kind switch { 0 => "must", 1 => "must not", _ => "may" };
        var body = new StringBuilder();
        body.Append($"    holder {_c.Pick(_parties)}\n");
        var whens = _c.Next(3);
        if (whens == 0) body.Append("    standing\n");
        for (var i = 0; i < whens; i++) body.Append($"    when {Condition(2)}{Source()}\n");
        body.Append($"    {modality} {_c.Pick(_measures)}\n");
        if (_c.Chance(60))
        {
            body.Append("    within ").Append(Expr(GenType.Duration, 1));
            if (_c.Chance(85)) body.Append(" after ").Append(Expr(GenType.Date, 1));
            body.Append('\n');
        }
        var unlesses = _c.Chance(50) ? _c.Between(1, 2) : 0;
        for (var i = 0; i < unlesses; i++) body.Append($"    unless {Condition(2)}{Source()}\n");
        // Only earlier rules are overridden, so overrides never form a cycle.
        if (index > 0 && _c.Chance(35))
        {
            var why = _c.Chance(50) ? " \"The specific rule prevails\"" : "";
            body.Append($"    overrides r{_c.Next(index)} because {_c.Pick(s_reasons)}{why}\n");
        }
        _declarations.Add($"{Doc()}{keyword} r{index}{Source()} {{\n{body}}}\n");
    }

    private void DeclareConsequence(int index)
    {
        var body = new StringBuilder();
        body.Append($"    kind {_c.Pick(s_kinds)}\n");
        if (_c.Chance(20)) body.Append("    on breach of any\n");
        else
        {
            var listed = _rules.Where(_ => _c.Chance(50)).DefaultIfEmpty(_c.Pick(_rules)).Distinct();
            body.Append($"    on breach of {string.Join(", ", listed)}\n");
        }
        var whens = _c.Next(3);
        for (var i = 0; i < whens; i++) body.Append($"    when {Condition(2)}{Source()}\n");
        _consequences.Add("q" + index);
        _declarations.Add($"{Doc()}consequence q{index}{Source()} {{\n{body}}}\n");
    }
}
