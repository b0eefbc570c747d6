using System.Text;

namespace Obligations.Testing.Generation;

/// <summary>
/// Builds one well-typed rule set from a stream of choices: first a small model (enums, records, facts, parties),
/// then defines, thresholds and triggers that only use what is already declared (so there is never a cycle), then
/// measures, rules and consequences. Every expression is generated for a type, so the rule set type-checks.
/// </summary>
public sealed partial class RuleSetBuilder
{
    private readonly Choices _c;
    private readonly List<GenEnum> _enums = [];
    private readonly List<GenRecord> _records = [];
    private readonly List<GenValue> _facts = [];
    private readonly List<(string Text, GenType Type)> _paths = [];
    private readonly List<string> _parties = [];
    private readonly List<string> _measures = [];
    private readonly List<string> _rules = [];
    private readonly List<string> _consequences = [];
    private readonly List<string> _declarations = [];
    private readonly LiteralPool _literals = new();
    private int _citations;

    private RuleSetBuilder(Choices choices) => _c = choices;

    public static GeneratedRuleSet Build(Choices choices) => new RuleSetBuilder(choices).Build();

    public static GeneratedRuleSet Build(IReadOnlyList<int> choices) => Build(new Choices(choices));

    private GeneratedRuleSet Build()
    {
        var enumCount = _c.Between(1, 3);
        for (var i = 0; i < enumCount; i++) DeclareEnum(i);
        var recordCount = _c.Between(0, 2);
        for (var i = 0; i < recordCount; i++) DeclareRecord(i);
        var factCount = _c.Between(2, 6);
        for (var i = 0; i < factCount; i++) DeclareFact(i);
        var partyCount = _c.Between(1, 2);
        for (var i = 0; i < partyCount; i++) DeclareParty(i);
        var valueCount = _c.Between(0, 7);
        int defines = 0, thresholds = 0, triggers = 0;
        for (var i = 0; i < valueCount; i++)
        {
            switch (_c.Next(4))
            {
                case 0: case 1: DeclareDefine(defines++); break;
                case 2: DeclareThreshold(thresholds++); break;
                default: DeclareTrigger(triggers++); break;
            }
        }
        var measureCount = _c.Between(1, 3);
        for (var i = 0; i < measureCount; i++) DeclareMeasure(i);
        var ruleCount = _c.Between(1, 5);
        for (var i = 0; i < ruleCount; i++) _rules.Add("r" + i);
        for (var i = 0; i < ruleCount; i++) DeclareRule(i);
        var consequenceCount = _c.Between(0, 3);
        for (var i = 0; i < consequenceCount; i++) DeclareConsequence(i);
        // Declarations may refer to ones further down: sometimes print them in reverse.
        if (_c.Chance(30)) _declarations.Reverse();
        var text = new StringBuilder();
        if (_c.Chance(30)) text.Append("module generated\n\n");
        foreach (var declaration in _declarations) text.Append(declaration).Append('\n');
        return new GeneratedRuleSet(text.ToString(), _enums, _records, _facts, _rules, _consequences, _literals);
    }

    private string Source() => _c.Chance(25) ? $" source \"Art. {++_citations}\"" : "";

    private string Doc() => _c.Chance(15) ? "/// Generated declaration.\n" : "";

    private void DeclareEnum(int index)
    {
        var count = _c.Between(2, 5);
        var members = Enumerable.Range(0, count).Select(m => $"e{index}_m{m}").ToList();
        var e = new GenEnum("E" + index, members, _c.Chance(50));
        _enums.Add(e);
        var trailing = _c.Chance(30) ? "," : "";
        _declarations.Add($"{Doc()}enum {e.Name}{(e.Ordered ? " ordered" : "")}{Source()} {{ {string.Join(", ", members)}{trailing} }}\n");
    }

    private GenType RandomDataType(bool allowRecord)
    {
        var kind = _c.Next(allowRecord && _records.Count > 0 ? 10 : 9);
        return kind switch
        {
            0 => GenType.Bool,
            1 => GenType.Int,
            2 => GenType.Decimal,
            3 => GenType.Money(_c.Pick(Lexicon.Currencies)),
            4 => GenType.Duration,
            5 => GenType.Date,
            6 => GenType.Text,
            7 => GenType.EnumOf(_c.Pick(_enums)),
            8 => GenType.SetOf(_c.Pick(_enums)),
            _ => GenType.RecordOf(_c.Pick(_records)),
        };
    }

    private void DeclareRecord(int index)
    {
        // The first fields cover every kind, so a record has a field of every type unless the choices are cut short.
        var count = _c.Between(1, 9);
        var fields = new List<GenValue>();
        for (var i = 0; i < count; i++)
        {
            var type = _c.Chance(50) && i < 9 ? FirstTypes(i) : RandomDataType(allowRecord: true);
            fields.Add(new GenValue("f" + i, type));
        }
        var record = new GenRecord("R" + index, fields);
        _records.Add(record);
        var body = string.Concat(fields.Select(f => $"    {f.Name}: {f.Type.Syntax}{Source()}\n"));
        _declarations.Add($"{Doc()}record {record.Name}{Source()} {{\n{body}}}\n");
    }

    private GenType FirstTypes(int i) => i switch
    {
        0 => GenType.Bool, 1 => GenType.Int, 2 => GenType.Decimal, 3 => GenType.Money(_c.Pick(Lexicon.Currencies)),
        4 => GenType.Duration, 5 => GenType.Date, 6 => GenType.Text, 7 => GenType.EnumOf(_c.Pick(_enums)),
        _ => GenType.SetOf(_c.Pick(_enums)),
    };

    private void DeclareFact(int index)
    {
        var fact = new GenValue("x" + index, RandomDataType(allowRecord: true));
        _facts.Add(fact);
        AddPaths(fact.Name, fact.Type);
        _declarations.Add($"{Doc()}fact {fact.Name}: {fact.Type.Syntax}{Source()}\n");
    }

    private void AddPaths(string text, GenType type)
    {
        if (type.Kind != TypeKind.Record)
        {
            _paths.Add((text, type));
            return;
        }
        foreach (var field in type.Record!.Fields) AddPaths(text + "." + field.Name, field.Type);
    }

    private void DeclareParty(int index)
    {
        _parties.Add("p" + index);
        _declarations.Add($"party p{index} \"Party {index}\"{Source()}\n");
    }
}
