using Consumer.Rules;
using Obligations.Runtime;

// Fills the typed facts of the rules compiled into this assembly and prints what they give.
// Usage: Consumer [refunded-on-day]   (no argument: never refunded)
var complained = new DateTimeOffset(2024, 5, 1, 9, 0, 0, TimeSpan.Zero);
var refundedOnDay = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : -1;
var facts = new Facts
{
    order = new Order
    {
        defective = true,
        customer_complained = true,
        complained_on = complained,
        refunded = refundedOnDay >= 0,
        refunded_on = complained.AddDays(Math.Max(refundedOnDay, 0)),
    },
};
var result = RulesEvaluator.CreateResult();
RulesEvaluator.Evaluate(facts, complained.AddDays(30), result);
var refund = result.Rules[RulesEvaluator.RuleIds.refund_defective_goods];
Console.WriteLine($"rule set: {RulesEvaluator.Info.Name}");
Console.WriteLine($"refund_defective_goods: {refund.Status} (deadline {refund.Deadline:yyyy-MM-dd})");
Console.WriteLine($"damages: {result.Consequences[RulesEvaluator.ConsequenceIds.damages]}");
return refund.Status == RuleStatus.Complied ? 0 : 1;
