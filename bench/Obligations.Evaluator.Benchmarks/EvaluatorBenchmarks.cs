using BenchmarkDotNet.Attributes;
using Obligations.Evaluator.Benchmarks.HandWritten;
using Obligations.Evaluator.Benchmarks.NRulesPeer;
using Obligations.Evaluator.Benchmarks.Rules;
using Obligations.Evaluator.Benchmarks.RulesEnginePeer;
using Obligations.Runtime;

namespace Obligations.Evaluator.Benchmarks;

/// <summary>
/// Evaluating the harm-prevention rules over 1,000 random records: the generated evaluator (status-only into a
/// reusable result, and with an explanation), tight hand-written C#, RulesEngine and NRules. Figures are per
/// evaluation. The setup refuses to run unless all of them agree on every record.
/// </summary>
[MemoryDiagnoser]
public class EvaluatorBenchmarks
{
    public const int RecordCount = 1000;

    private FactsRecord[] _records = [];
    private readonly EvaluationResult _result = RulesEvaluator.CreateResult();
    private HandWrittenResult _hand;
    private readonly RuleStatus[] _peerRules = new RuleStatus[HandWrittenEvaluator.RuleCount];
    private readonly ConsequenceStatus[] _peerConsequences = new ConsequenceStatus[HandWrittenEvaluator.ConsequenceCount];
    private RulesEngineEvaluator? _engine;
    private NRulesEvaluator? _nrules;

    [GlobalSetup]
    public void Setup()
    {
        _records = FactsGenerator.Generate(RecordCount);
        _engine = new RulesEngineEvaluator();
        _nrules = new NRulesEvaluator();
        Console.WriteLine(AgreementCheck.Run(_records, _engine, _nrules));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = RecordCount)]
    public int HandWritten()
    {
        var sum = 0;
        foreach (var (facts, now) in _records)
        {
            HandWrittenEvaluator.Evaluate(facts, now, ref _hand);
            sum += (int)_hand.Rules[0] + (int)_hand.Consequences[0];
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
            _engine!.Evaluate(facts, now, _peerRules, _peerConsequences);
            sum += (int)_peerRules[0] + (int)_peerConsequences[0];
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = RecordCount)]
    public int NRules()
    {
        var sum = 0;
        foreach (var (facts, now) in _records)
        {
            _nrules!.Evaluate(facts, now, _peerRules, _peerConsequences);
            sum += (int)_peerRules[0] + (int)_peerConsequences[0];
        }
        return sum;
    }
}
