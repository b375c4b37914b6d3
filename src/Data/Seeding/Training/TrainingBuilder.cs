using GraphTraining.Data.Documents;
using GraphTraining.Data.Seeding.Catalog;
using GraphTraining.Data.Seeding.Workforce;

namespace GraphTraining.Data.Seeding.Training;

/// <summary>
/// One associate's training: each job function's action plan (checklists first, since they hold the
/// prerequisites, then certifications, then observations), then now and then something assigned by hand.
/// </summary>
internal sealed class TrainingBuilder
{
    private readonly SeedContext _context;
    private readonly Person _person;
    private readonly IReadOnlyList<string> _trainers;
    private readonly List<AssociateChecklist> _checklists = [];
    private readonly Dictionary<string, int> _checklistIndex = new(StringComparer.Ordinal);
    private readonly List<AssociateCertification> _certifications = [];
    private readonly List<AssociateObservation> _observations = [];

    public TrainingBuilder(SeedContext context, Person person)
    {
        _context = context;
        _person = person;
        var jobId = person.JobFunctions.Count > 0 ? person.JobFunctions[0].JobFunctionId : null;
        var trainers = context.Workforce.SkillBuildersFor(person.LocationId, jobId).Where(id => id != person.Id).ToList();
        _trainers = trainers.Count > 0
            ? trainers
            : context.Workforce.SkillBuildersFor(person.LocationId, null).Where(id => id != person.Id).ToList();
    }

    private Random Random => _context.Random;

    private DateTime Now => _context.Now;

    public IReadOnlyList<AssociateChecklist> Checklists => _checklists;

    public IReadOnlyList<AssociateCertification> Certifications => _certifications;

    public IReadOnlyList<AssociateObservation> Observations => _observations;

    public TrainingBuilder Build()
    {
        var jobs = _person.JobFunctions;
        foreach (var job in jobs)
        {
            var name = _context.Catalog.JobFunctions[job.JobFunctionId].Name;
            _context.Events.Record(NotificationKind.JobFunctionAssigned, job.AssignedAt, job.JobFunctionId, "was given the job function " + name + "; its action plan assigned their training.");
        }

        foreach (var (job, item) in ActionPlan(jobs, p => p.Checklists))
        {
            AddChecklist(_context.Catalog.Checklists[item.DefinitionId], AssignmentSource.ActionPlan, job.AssignedAt, null, item.DueInDays);
        }

        foreach (var (job, item) in ActionPlan(jobs, p => p.Certifications))
        {
            AddCertification(_context.Catalog.Certifications[item.DefinitionId], AssignmentSource.ActionPlan, job.AssignedAt, null, item.DueInDays);
        }

        foreach (var (job, item) in ActionPlan(jobs, p => p.Observations))
        {
            AddObservation(item.DefinitionId, item.Name ?? item.DefinitionId, AssignmentSource.ActionPlan, job.AssignedAt, item.DueInDays);
        }

        if (!_person.IsVeteran && jobs.Count > 0)
        {
            AssignByHand(jobs[0].AssignedAt + SeedTime.Day * 7);
        }

        return this;
    }

    private IEnumerable<(AssociateJobFunction Job, ActionPlanItem Item)> ActionPlan(
        IReadOnlyList<AssociateJobFunction> jobs,
        Func<ActionPlan, IReadOnlyList<ActionPlanItem>> items) =>
        jobs.SelectMany(job => items(_context.Catalog.JobFunctions[job.JobFunctionId].ActionPlan).Select(item => (job, item)));

    private void AssignByHand(DateTime earliest)
    {
        if (earliest >= Now - SeedTime.Day)
        {
            return;
        }

        var coverage = _context.Coverage;
        if (Pick.Chance(Random, 20) || coverage.Wants(CoverageAreas.CertificationSource, AssignmentSource.Manual))
        {
            var candidates = DemoCertifications.All.Where(CanTakeCertification).ToList();
            if (candidates.Count > 0)
            {
                var by = _person.TeamLeaderId!;
                AddCertification(Pick.One(Random, candidates), AssignmentSource.Manual, SeedTime.Between(Random, earliest, Now - SeedTime.Day), by, Random.Next(30, 90));
            }
        }

        if (Pick.Chance(Random, 20) || coverage.Wants(CoverageAreas.ChecklistSource, AssignmentSource.Manual))
        {
            var candidates = DemoChecklists.All.Where(CanTakeChecklist).ToList();
            if (candidates.Count > 0)
            {
                var by = Pick.Chance(Random, 50) ? _person.TeamLeaderId! : Pick.One(Random, _trainers);
                AddChecklist(Pick.One(Random, candidates), AssignmentSource.Manual, SeedTime.Between(Random, earliest, Now - SeedTime.Day), by, Random.Next(14, 60));
            }
        }

        if (Pick.Chance(Random, 10))
        {
            var (id, name) = Pick.One(Random, DemoObservations.Manual);
            AddObservation(id, name, AssignmentSource.Manual, SeedTime.Between(Random, earliest, Now - SeedTime.Day), Random.Next(14, 45));
        }
    }

    private bool CanTakeCertification(CertificationDefinitionDocument definition) =>
        Eligibility.Allows(definition.Eligibility, _person)
        && !_certifications.Any(c => c.CertificationId == definition.Id)
        && definition.PrerequisiteChecklistIds.All(_checklistIndex.ContainsKey)
        && !definition.ChecklistIds.Any(_checklistIndex.ContainsKey);

    private bool CanTakeChecklist(ChecklistDefinitionDocument definition) =>
        Eligibility.Allows(definition.Eligibility, _person)
        && !_checklistIndex.ContainsKey(definition.Id)
        && definition.PrerequisiteChecklistIds.All(_checklistIndex.ContainsKey);

    // When the associate could start: once assigned and every prerequisite is complete; blocked until then.
    private (DateTime Ready, bool Blocked) Readiness(IReadOnlyList<string> prerequisiteIds, DateTime assignedAt)
    {
        var ready = assignedAt;
        foreach (var id in prerequisiteIds)
        {
            if (!_checklistIndex.TryGetValue(id, out var index) || _checklists[index].CompletedAt is not { } completedAt)
            {
                return (assignedAt, true);
            }

            ready = SeedTime.Max(ready, completedAt);
        }

        return (ready, false);
    }

    private void AddChecklist(ChecklistDefinitionDocument definition, AssignmentSource source, DateTime assignedAt, string? assignedBy, int dueInDays)
    {
        if (_checklistIndex.ContainsKey(definition.Id))
        {
            return;
        }

        var (ready, blocked) = Readiness(definition.PrerequisiteChecklistIds, assignedAt);
        var status = ChecklistStories.Choose(_context, definition, Now - ready, blocked, dueInDays, _person.IsVeteran);
        var assigned = new AssociateChecklist
        {
            ChecklistId = definition.Id,
            Source = source,
            AssignedAt = assignedAt,
            AssignedBy = assignedBy,
            DueAt = assignedAt + SeedTime.Day * dueInDays,
        };
        var (from, to) = ChecklistStories.Window(_context, definition, status, ready, dueInDays);
        var checklist = ChecklistWork.Apply(assigned, definition, status, from, to, Random, _trainers);
        _context.Coverage.Saw(CoverageAreas.Checklist, status);
        _context.Coverage.Saw(CoverageAreas.ChecklistSource, source);
        _context.Events.Record(NotificationKind.ChecklistAssigned, assignedAt, definition.Id, "was assigned the checklist " + definition.Name + ".");
        if (checklist.CompletedAt is { } completedAt)
        {
            _context.Events.Record(NotificationKind.ChecklistCompleted, completedAt, definition.Id, "completed the checklist " + definition.Name + ".");
        }

        Register(checklist);
    }

    private void AddCertification(CertificationDefinitionDocument definition, AssignmentSource source, DateTime assignedAt, string? assignedBy, int dueInDays)
    {
        if (_certifications.Any(c => c.CertificationId == definition.Id))
        {
            return;
        }

        var (ready, blocked) = Readiness(definition.PrerequisiteChecklistIds, assignedAt);
        var story = CertificationStories.Choose(_context, definition, Now - ready, blocked, dueInDays, _person.IsVeteran);
        var assigned = new AssociateCertification
        {
            CertificationId = definition.Id,
            Source = source,
            AssignedAt = assignedAt,
            AssignedBy = assignedBy,
            DueAt = assignedAt + SeedTime.Day * dueInDays,
        };
        var (certification, checklists) = new CertificationBuilder(_context, _person, definition, assigned, _trainers).Build(story, ready);
        _context.Coverage.Saw(CoverageAreas.Certification, story);
        _context.Coverage.Saw(CoverageAreas.CertificationSource, source);
        _certifications.Add(certification);
        foreach (var checklist in checklists)
        {
            Register(checklist);
        }
    }

    private void AddObservation(string id, string name, AssignmentSource source, DateTime assignedAt, int dueInDays)
    {
        if (_observations.Any(o => o.ObservationId == id))
        {
            return;
        }

        _observations.Add(ObservationStories.Build(_context, id, name, source, assignedAt, dueInDays, Observer(), _person.IsVeteran));
        _context.Events.Record(NotificationKind.ObservationAssigned, assignedAt, id, "was assigned the observation " + name + ".");
    }

    // Team leaders are observed by their senior leader; everyone else by their team leader or a trainer.
    private string Observer() => _person.TeamLeaderId is not { } teamLeader ? _person.SeniorLeaderId!
        : Pick.Chance(Random, 50) ? teamLeader
        : Pick.One(Random, _trainers);

    private void Register(AssociateChecklist checklist)
    {
        _checklistIndex[checklist.ChecklistId] = _checklists.Count;
        _checklists.Add(checklist);
    }
}
