using BenchmarkDotNet.Attributes;
using Obligations.Evaluator.Benchmarks.Rules;
using Obligations.Runtime;

namespace Obligations.Evaluator.Benchmarks;

/// <summary>
/// Evaluating the harm-prevention rules over 1,000 random records: the generated evaluator (status-only into a
/// reusable result, and with an explanation), hand-written C#, and RulesEngine. Figures are per evaluation.
/// The setup refuses to run unless all three agree on every record.
/// </summary>
[MemoryDiagnoser]
public class EvaluatorBenchmarks
{
    public const int RecordCount = 1000;

    private FactsRecord[] _records = [];
    private readonly EvaluationResult _result = RulesEvaluator.CreateResult();
    private readonly RuleOutcome[] _handRules = new RuleOutcome[HandWrittenEvaluator.RuleCount];
    private readonly ConsequenceStatus[] _handConsequences = new ConsequenceStatus[HandWrittenEvaluator.ConsequenceCount];
    private readonly RuleStatus[] _engineRules = new RuleStatus[HandWrittenEvaluator.RuleCount];
    private readonly ConsequenceStatus[] _engineConsequences = new ConsequenceStatus[HandWrittenEvaluator.ConsequenceCount];
    private RulesEngineEvaluator? _engine;

    [GlobalSetup]
    public void Setup()
    {
        _records = FactsGenerator.Generate(RecordCount);
        _engine = new RulesEngineEvaluator();
        Console.WriteLine(AgreementCheck.Run(_records, _engine));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = RecordCount)]
    public int HandWritten()
    {
        var sum = 0;
        foreach (var (facts, now) in _records)
        {
            HandWrittenEvaluator.Evaluate(facts, now, _handRules, _handConsequences);
            sum += (int)_handRules[0].Status + (int)_handConsequences[0];
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = RecordCount)]
    public int Generated()
    {
        var sum = 0;
        foreach (var (facts, now) in _records)
        {
            RulesEvaluator.Evaluate(facts, now, _result);
            sum += (int)_result.Rules[0].Status + (int)_result.Consequences[0];
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = RecordCount)]
    public int GeneratedWithExplanation()
    {
        var sum = 0;
        foreach (var (facts, now) in _records)
        {
            RulesEvaluator.Evaluate(facts, now, _result);
            sum += _result.Explain().Rules.Count;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = RecordCount)]
    public int RulesEngine()
    {
        var sum = 0;
        foreach (var (facts, now) in _records)
        {
            _engine!.Evaluate(facts, now, _engineRules, _engineConsequences);
            sum += (int)_engineRules[0] + (int)_engineConsequences[0];
        }
        return sum;
    }
}
