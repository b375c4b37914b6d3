using System.Globalization;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Seeding.Catalog;
using GraphTraining.Data.Seeding.Training;
using GraphTraining.Data.Seeding.Workforce;

namespace GraphTraining.Data.Seeding.Plans;

/// <summary>
/// 1-to-1 plans for some frontline associates, created by their team leader on an active plan type. A plan ends
/// completed with an active outcome, or cancelled; someone whose plan ended may be on a newer one.
/// </summary>
internal static class PlanStories
{
    private static readonly (string Id, int Weight)[] TypeWeights =
        [(DemoPlanSettings.PerformanceImprovement, 50), (DemoPlanSettings.ReturnToWork, 30), (DemoPlanSettings.Development, 20)];

    private static readonly (string Id, int Weight)[] OutcomeWeights =
        [("po-pass", 50), ("po-fail", 15), ("po-extended", 20), ("po-partially-met", 15)];

    public static IReadOnlyList<AssociatePlan> Build(SeedContext context, Person person)
    {
        var coverage = context.Coverage;
        var wanted = Enum.GetValues<PlanStatus>().Any(s => coverage.Wants(CoverageAreas.Plan, s));
        var earliest = person.HiredAt + SeedTime.Day * 14;
        if (person.Kind != PersonKind.Frontline || !(Pick.Chance(context.Random, 12) || wanted) || earliest > context.Now - SeedTime.Day * 2)
        {
            return [];
        }

        var room = context.Now - earliest;
        var status = Pick.State(context.Random, coverage, CoverageAreas.Plan, (ReadOnlySpan<(PlanStatus, int)>)
        [
            (PlanStatus.InProgress, 45),
            (PlanStatus.Completed, room >= SeedTime.Day * 21 ? 40 : 0),
            (PlanStatus.Cancelled, room >= SeedTime.Day * 8 ? 15 : 0),
        ]);
        var first = new PlanBuilder(context, person, 1).Build(status, earliest);
        var firstEnd = first.CompletedAt ?? SeedTime.Min(context.Now, first.CreatedAt + SeedTime.Day * 30);
        var next = firstEnd + SeedTime.Day * 7;
        var another = Pick.Chance(context.Random, 25) || coverage.Wants(CoverageAreas.Plan, CoverageAreas.FollowUpPlan);
        if (status == PlanStatus.InProgress || !another || next > context.Now - SeedTime.Day * 2)
        {
            return [first];
        }

        coverage.Saw(CoverageAreas.Plan, CoverageAreas.FollowUpPlan);
        return [first, new PlanBuilder(context, person, 2).Build(PlanStatus.InProgress, next)];
    }

    /// <summary>One plan: its dates, meetings, notes and evidence, all inside the plan's life.</summary>
    private sealed class PlanBuilder(SeedContext context, Person person, int number)
    {
        private readonly Random _random = context.Random;
        private readonly DateTime _now = context.Now;
        private readonly string _planId = person.Id + "-pl" + number.ToString(CultureInfo.InvariantCulture);

        public AssociatePlan Build(PlanStatus status, DateTime earliest)
        {
            context.Coverage.Saw(CoverageAreas.Plan, status);
            var recent = status == PlanStatus.Completed
                && context.Coverage.Wants(CoverageAreas.Notification, NotificationKind.PlanOutcomeDecided)
                && earliest <= _now - SeedTime.Day * 15;
            var createdAt = status switch
            {
                PlanStatus.InProgress => SeedTime.Between(_random, SeedTime.Max(earliest, _now - SeedTime.Day * 100), _now - SeedTime.Day),
                PlanStatus.Completed when recent => SeedTime.Between(_random, SeedTime.Max(earliest, _now - SeedTime.Day * 120), _now - SeedTime.Day * 15),
                PlanStatus.Completed => SeedTime.Between(_random, earliest, _now - SeedTime.Day * 21),
                _ => SeedTime.Between(_random, earliest, _now - SeedTime.Day * 8),
            };
            DateTime? completedAt = status switch
            {
                PlanStatus.Completed when recent => SeedTime.Between(_random, SeedTime.Max(createdAt + SeedTime.Day * 14, _now - SeedTime.Day * 10), _now - SeedTime.Hour),
                PlanStatus.Completed => SeedTime.Between(_random, createdAt + SeedTime.Day * 14, SeedTime.Min(_now - SeedTime.Hour, createdAt + SeedTime.Day * 120)),
                _ => null,
            };
            var end = completedAt ?? (status == PlanStatus.Cancelled ? SeedTime.Min(_now, createdAt + SeedTime.Day * 30) : _now);
            var typeId = Pick.Weighted(_random, TypeWeights);
            var creator = person.TeamLeaderId!;
            var plan = new AssociatePlan
            {
                PlanId = _planId,
                PlanTypeId = typeId,
                Objective = Pick.One(_random, DemoTexts.Objectives(typeId)),
                Status = status,
                CreatedBy = creator,
                CreatedAt = createdAt,
                DueAt = createdAt + SeedTime.Day * (30 * _random.Next(1, 4)),
                CompletedAt = completedAt,
                Meetings = Times(status == PlanStatus.Completed ? _random.Next(2, 5) : _random.Next(0, 4), createdAt, end)
                    .Select((at, i) => new PlanMeeting { MeetingId = Child("mt", i), HeldAt = at, HeldBy = creator, Summary = Pick.One(_random, DemoTexts.MeetingSummaries) })
                    .ToList(),
                Notes = Times(_random.Next(0, 4), createdAt, end)
                    .Select((at, i) => new PlanNote { NoteId = Child("nt", i), At = at, By = creator, Text = Pick.One(_random, DemoTexts.PlanNotes) })
                    .ToList(),
                Evidence = Times(_random.Next(0, 3), createdAt, end).Select((at, i) => Evidence(i, at)).ToList(),
            };
            if (completedAt is not { } decidedAt)
            {
                return plan;
            }

            var outcomeId = Pick.Weighted(_random, OutcomeWeights);
            var typeName = context.Catalog.PlanTypes[typeId].Name;
            var outcomeName = context.Catalog.Outcomes[outcomeId].Name;
            context.Events.Record(NotificationKind.PlanOutcomeDecided, decidedAt, _planId, "finished their " + typeName + " with the outcome " + outcomeName + ".");
            return plan with { OutcomeId = outcomeId, OutcomeSetAt = decidedAt };
        }

        private PlanEvidence Evidence(int index, DateTime at)
        {
            var (fileName, contentType) = Pick.One(_random, DemoTexts.EvidenceFiles);
            var id = Child("ev", index);
            return new PlanEvidence
            {
                EvidenceId = id,
                FileName = fileName,
                ContentType = contentType,
                Length = _random.Next(20_000, 2_000_000),
                StorageKey = "plans/" + _planId + "/" + id,
                UploadedAt = at,
                UploadedBy = Pick.Chance(_random, 70) ? person.TeamLeaderId! : person.SeniorLeaderId!,
            };
        }

        private List<DateTime> Times(int count, DateTime from, DateTime to) =>
            Enumerable.Range(0, count).Select(_ => SeedTime.Between(_random, from, to)).Order().ToList();

        private string Child(string kind, int index) => _planId + "-" + kind + (index + 1).ToString(CultureInfo.InvariantCulture);
    }
}
