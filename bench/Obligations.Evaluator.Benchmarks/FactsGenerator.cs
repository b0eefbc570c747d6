using Obligations.Evaluator.Benchmarks.Rules;

namespace Obligations.Evaluator.Benchmarks;

/// <summary>One evaluation input: the facts and the moment they are judged at.</summary>
public sealed record FactsRecord(Facts Facts, DateTimeOffset Now);

/// <summary>
/// Random but reproducible harm-prevention facts (seeded <see cref="Random"/>): every field drawn independently,
/// with dates within a few weeks of each other so that deadlines are met, pending and missed in turn.
/// </summary>
public static class FactsGenerator
{
    private static readonly DateTimeOffset s_origin = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);

    public static FactsRecord[] Generate(int count, int seed = 20240501)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => Next(random)).ToArray();
    }

    private static FactsRecord Next(Random r)
    {
        var facts = new Facts
        {
            operation = new Operation
            {
                phase = Pick<Phase>(r),
                origin = Pick<Origin>(r),
                conducted_by = Pick<Actor>(r),
                amounts_to_use_of_force = Rare(r),
                amounts_to_prohibited_intervention = Rare(r),
                violates_sovereignty = Rare(r),
                economic_harm = (EconomicHarmSet)Bits(r, 5, 0.2),
                economic_loss = r.Next(0, 20) * 1_000_000m,
                target_sector = Pick<Sector>(r),
                core_components_affected = (CoreComponentSet)Bits(r, 4, 0.1),
                espionage_target = Pick<EspionageTarget>(r),
                concern_in_interstate_relations = Rare(r),
                harm_occurred = Flip(r),
                offence = Pick<Offence>(r),
            },
            knowledge = new Knowledge
            {
                notified = Flip(r), actually_aware = Flip(r), detectable_by_own_means = Flip(r), since = Date(r),
            },
            response = new Response
            {
                steps = (ResponseStepSet)Bits(r, 6, 0.5), acted_on = Date(r), warning_issued = Flip(r), warned_on = Date(r),
            },
            assistance = new AssistanceRequest
            {
                requested = Flip(r), requested_on = Date(r), provided = Flip(r), provided_on = Date(r).AddDays(r.Next(0, 120)),
                refused = Flip(r), treaty_ground_for_refusal = Flip(r), reasons_given = Flip(r),
            },
            institutions = new Institutions
            {
                capacity = Pick<Capacity>(r),
                criminalised_offences = (OffenceSet)Bits(r, 6, 0.8),
                investigative_powers = (InvestigativePowerSet)Bits(r, 4, 0.6),
                safeguards = (SafeguardSet)Bits(r, 4, 0.4),
                powers_respect_privacy = Flip(r),
                point_of_contact_designated = Likely(r),
                critical_infrastructure_protected = Likely(r),
                means_of_knowledge_established = Flip(r),
                means_of_knowledge_used = Flip(r),
                undermined_supply_chain = Rare(r),
            },
            countermeasure_plan = new CountermeasurePlan
            {
                notified_responsible_state = Flip(r), purpose = Pick<CountermeasurePurpose>(r), proportionate = Flip(r),
            },
        };
        return new FactsRecord(facts, Date(r).AddDays(r.Next(0, 10)));
    }

    private static T Pick<T>(Random r) where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[r.Next(values.Length)];
    }

    private static bool Flip(Random r) => r.Next(2) == 0;

    private static bool Rare(Random r) => r.Next(10) == 0;

    private static bool Likely(Random r) => r.Next(10) != 0;

    private static ulong Bits(Random r, int members, double probability)
    {
        ulong bits = 0;
        for (var i = 0; i < members; i++)
            if (r.NextDouble() < probability) bits |= 1UL << i;
        return bits;
    }

    private static DateTimeOffset Date(Random r) => s_origin.AddHours(r.Next(0, 24 * 21));
}
