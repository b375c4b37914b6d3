using GraphTraining.Data.Documents;
using GraphTraining.Data.Seeding.Catalog;
using GraphTraining.Data.Seeding.Workforce;
using static GraphTraining.Data.Seeding.Training.CertificationStory;

namespace GraphTraining.Data.Seeding.Training;

/// <summary>
/// Writes one certification's history for its story: skill building from <c>start</c> (never before the
/// prerequisites were done) to certification, the checklists beneath it in order one after another, tiers
/// completed in order, then what came after (expiry, suspension, revocation, reinstatement, re-assignment).
/// </summary>
internal sealed class CertificationBuilder
{
    private readonly SeedContext _context;
    private readonly Person _person;
    private readonly CertificationDefinitionDocument _definition;
    private readonly AssociateCertification _assigned;
    private readonly IReadOnlyList<string> _trainers;
    private readonly List<TimelineEvent> _timeline = [];
    private readonly List<AssociateChecklist> _checklists = [];
    private readonly List<TierProgress> _tiers = [];

    public CertificationBuilder(
        SeedContext context,
        Person person,
        CertificationDefinitionDocument definition,
        AssociateCertification assigned,
        IReadOnlyList<string> trainers)
    {
        _context = context;
        _person = person;
        _definition = definition;
        _assigned = assigned;
        _trainers = trainers;
    }

    private DateTime Now => _context.Now;

    private Random Random => _context.Random;

    public (AssociateCertification Certification, IReadOnlyList<AssociateChecklist> Checklists) Build(CertificationStory story, DateTime ready)
    {
        _timeline.Add(new() { Kind = TimelineEventKind.Assigned, At = _assigned.AssignedAt, By = _assigned.AssignedBy });
        _context.Events.Record(NotificationKind.CertificationAssigned, _assigned.AssignedAt, _definition.Id, "was assigned the certification " + _definition.Name + ".");
        var certification = story switch
        {
            Assigned => NotStarted(),
            InProgress => Started(ready),
            _ => Finished(story, ready),
        };
        return (certification with
        {
            Status = CertificationStories.StatusOf(story),
            Tiers = _tiers,
            Checklists = _checklists.Select(c => new ChecklistProgress { ChecklistId = c.ChecklistId, Status = c.Status }).ToList(),
            Timeline = _timeline.OrderBy(e => e.At).ToList(),
        }, _checklists);
    }

    private AssociateCertification NotStarted()
    {
        foreach (var id in _definition.ChecklistIds)
        {
            _checklists.Add(Beneath(id));
        }

        _tiers.AddRange(_definition.Tiers.Select(t => new TierProgress { TierId = t.TierId, Status = ProgressStatus.NotStarted }));
        return _assigned;
    }

    private AssociateCertification Started(DateTime ready)
    {
        var start = SeedTime.Between(Random, ready, SeedTime.Min(Now - SeedTime.Day, ready + SeedTime.Day * 30));
        _timeline.Add(new() { Kind = TimelineEventKind.Started, At = start });
        var count = _definition.ChecklistIds.Count;
        var current = Random.Next(count);
        while (current > 0 && (Now - start) / (current + 1) < SeedTime.Day + SeedTime.Hour)
        {
            current--;
        }

        // The checklists before the current one were completed one after another; the current one may not have begun.
        for (var i = 0; i < count; i++)
        {
            var id = _definition.ChecklistIds[i];
            var from = SeedTime.Fraction(start, Now, Math.Min(i, current), current + 1);
            if (i < current)
            {
                _checklists.Add(Work(id, ProgressStatus.Completed, from, SeedTime.Fraction(start, Now, i + 1, current + 1)));
            }
            else if (i == current && (i == 0 || !Pick.Chance(Random, 30)))
            {
                _checklists.Add(Work(id, ProgressStatus.InProgress, from, Now));
            }
            else
            {
                _checklists.Add(Beneath(id));
            }
        }

        var tiersDone = Random.Next(_definition.Tiers.Count);
        var tierTimes = Enumerable.Range(0, tiersDone).Select(_ => SeedTime.Between(Random, start, Now)).Order().ToList();
        for (var i = 0; i < _definition.Tiers.Count; i++)
        {
            var tier = _definition.Tiers[i];
            if (i < tiersDone)
            {
                CompleteTier(tier, tierTimes[i]);
            }
            else
            {
                _tiers.Add(new() { TierId = tier.TierId, Status = i == tiersDone ? ProgressStatus.InProgress : ProgressStatus.NotStarted });
            }
        }

        return _assigned;
    }

    private AssociateCertification Finished(CertificationStory story, DateTime ready)
    {
        var span = CertificationStories.MinimumSpan(_definition);
        var valid = _definition.ValidForDays;
        var earliest = ready + span;
        var latest = story switch
        {
            Certified => Now - SeedTime.Hour,
            Expired => Now - SeedTime.Day * (valid!.Value + 1),
            Reinstated or Reassigned => Now - SeedTime.Day * 3,
            _ => Now - SeedTime.Day * 2,
        };
        // Whatever may still be reinstated or used must still be inside its validity.
        if (story is Certified or Reinstated or Suspended && valid is { } days)
        {
            earliest = SeedTime.Max(earliest, Now - SeedTime.Day * (days - 1));
        }

        if (story == Certified && Wants(NotificationKind.CertificationCompleted) && Now - SeedTime.Day * 10 <= latest)
        {
            earliest = SeedTime.Max(earliest, Now - SeedTime.Day * 10);
        }

        var certifiedAt = Pick.Chance(Random, 75)
            ? SeedTime.Between(Random, earliest, SeedTime.Min(latest, earliest + SeedTime.Day * 90))
            : SeedTime.Between(Random, earliest, latest);
        var start = SeedTime.Between(Random, SeedTime.Max(ready, certifiedAt - span - SeedTime.Day * 60), certifiedAt - span);
        if (story == Certified && valid is { } validDays)
        {
            EarlierCycles(ready, start, span, SeedTime.Day * validDays);
        }

        _timeline.Add(new() { Kind = TimelineEventKind.Started, At = start });
        var count = _definition.ChecklistIds.Count;
        var reset = story == Reassigned;
        for (var i = 0; i < count; i++)
        {
            var done = Work(_definition.ChecklistIds[i], ProgressStatus.Completed, SeedTime.Fraction(start, certifiedAt, i, count), SeedTime.Fraction(start, certifiedAt, i + 1, count));
            _checklists.Add(reset ? Beneath(done.ChecklistId) : done);
        }

        var tierCount = _definition.Tiers.Count;
        for (var i = 0; i < tierCount; i++)
        {
            CompleteTier(_definition.Tiers[i], SeedTime.Fraction(start, certifiedAt, i + 1, tierCount));
        }

        _timeline.Add(new() { Kind = TimelineEventKind.Certified, At = certifiedAt, By = Pick.One(Random, _trainers) });
        _context.Events.Record(NotificationKind.CertificationCompleted, certifiedAt, _definition.Id, "is now certified in " + _definition.Name + ".");
        var expiresAt = valid is { } v ? certifiedAt + SeedTime.Day * v : (DateTime?)null;
        var certified = _assigned with { CertifiedAt = certifiedAt, ExpiresAt = expiresAt };
        return story switch
        {
            Expired => Expire(certified, expiresAt!.Value),
            Reinstated => Reinstate(certified, certifiedAt),
            Reassigned => Reassign(certifiedAt, expiresAt),
            Suspended or RevokedForRecertification or RevokedPermanently => certified with { Revocation = Revoke(story, certifiedAt, expiresAt) },
            _ => certified,
        };
    }

    // Someone who could have certified long ago on a certification that lapses has been round the cycle
    // before: certified, expired, re-assigned, certified again (the checklists show the latest round only).
    private void EarlierCycles(DateTime ready, DateTime start, TimeSpan span, TimeSpan validity)
    {
        for (var nextStart = start; ;)
        {
            var expiredAt = nextStart - SeedTime.Day * Random.Next(2, 30);
            var certifiedAt = expiredAt - validity;
            var startedAt = certifiedAt - span - SeedTime.Day * Random.Next(0, 30);
            if (startedAt < ready)
            {
                return;
            }

            _timeline.Add(new() { Kind = TimelineEventKind.Started, At = startedAt });
            _timeline.Add(new() { Kind = TimelineEventKind.Certified, At = certifiedAt, By = Pick.One(Random, _trainers) });
            _timeline.Add(new() { Kind = TimelineEventKind.Expired, At = expiredAt });
            _timeline.Add(new()
            {
                Kind = TimelineEventKind.Reassigned,
                At = SeedTime.Between(Random, expiredAt, nextStart),
                By = _person.TeamLeaderId ?? _person.SeniorLeaderId,
                Note = "Recertification",
            });
            nextStart = startedAt;
        }
    }

    private AssociateCertification Expire(AssociateCertification certified, DateTime expiresAt)
    {
        _timeline.Add(new() { Kind = TimelineEventKind.Expired, At = expiresAt });
        return certified;
    }

    private AssociateCertification Reinstate(AssociateCertification certified, DateTime certifiedAt)
    {
        var suspendedAt = SeedTime.Between(Random, certifiedAt + SeedTime.Hour, Now - SeedTime.Day * 2);
        var revocation = RevocationAt(RevocationDetermination.Suspension, suspendedAt);
        var reinstatedAt = SeedTime.Between(Random, suspendedAt + SeedTime.Day, Now - SeedTime.Hour);
        _timeline.Add(new() { Kind = TimelineEventKind.Reinstated, At = reinstatedAt, By = revocation.By, Note = "Reinstated after review." });
        return certified;
    }

    private AssociateCertification Reassign(DateTime certifiedAt, DateTime? expiresAt)
    {
        var latest = Now - SeedTime.Day * 2;
        var revokedAt = SeedTime.Between(Random, certifiedAt + SeedTime.Hour, expiresAt is { } e ? SeedTime.Min(latest, e - SeedTime.Hour) : latest);
        RevocationAt(RevocationDetermination.Recertification, revokedAt);
        var reassignedAt = SeedTime.Between(Random, revokedAt + SeedTime.Hour, Now - SeedTime.Hour);
        _timeline.Add(new() { Kind = TimelineEventKind.Reassigned, At = reassignedAt, By = _person.TeamLeaderId ?? _person.SeniorLeaderId });
        _context.Events.Record(NotificationKind.CertificationAssigned, reassignedAt, _definition.Id, "was assigned the certification " + _definition.Name + " again to re-earn it.");
        for (var i = 0; i < _tiers.Count; i++)
        {
            _tiers[i] = new() { TierId = _tiers[i].TierId, Status = ProgressStatus.NotStarted };
        }

        return _assigned;
    }

    private Revocation Revoke(CertificationStory story, DateTime certifiedAt, DateTime? expiresAt)
    {
        var earliest = certifiedAt + SeedTime.Hour;
        var latest = expiresAt is { } e ? SeedTime.Min(Now - SeedTime.Hour, e - SeedTime.Hour) : Now - SeedTime.Hour;
        if (Wants(NotificationKind.CertificationRevoked) && Now - SeedTime.Day * 10 <= latest)
        {
            earliest = SeedTime.Max(earliest, Now - SeedTime.Day * 10);
        }

        return RevocationAt(CertificationStories.DeterminationOf(story)!.Value, SeedTime.Between(Random, earliest, latest));
    }

    private Revocation RevocationAt(RevocationDetermination determination, DateTime at)
    {
        var revocation = new Revocation
        {
            Determination = determination,
            Reason = Pick.One(Random, DemoTexts.RevocationReasons(determination)),
            Notes = Pick.One(Random, DemoTexts.RevocationNotes),
            By = _person.SeniorLeaderId!,
            At = at,
        };
        var suspended = determination == RevocationDetermination.Suspension;
        _timeline.Add(new()
        {
            Kind = suspended ? TimelineEventKind.Suspended : TimelineEventKind.Revoked,
            At = at,
            By = revocation.By,
            Note = revocation.Reason,
        });
        var what = suspended ? "was suspended" : determination == RevocationDetermination.Permanent ? "was permanently revoked" : "was revoked until re-earned";
        _context.Events.Record(NotificationKind.CertificationRevoked, at, _definition.Id, "had the certification " + _definition.Name + " " + what + ".");
        return revocation;
    }

    private void CompleteTier(CertificationTier tier, DateTime at)
    {
        _tiers.Add(new() { TierId = tier.TierId, Status = ProgressStatus.Completed, CompletedAt = at });
        _timeline.Add(new() { Kind = TimelineEventKind.TierCompleted, At = at, By = Pick.One(Random, _trainers), Note = tier.Name });
    }

    private AssociateChecklist Beneath(string checklistId) => new()
    {
        ChecklistId = checklistId,
        Status = ProgressStatus.NotStarted,
        Source = _assigned.Source,
        CertificationId = _definition.Id,
        AssignedAt = _assigned.AssignedAt,
        AssignedBy = _assigned.AssignedBy,
        DueAt = _assigned.DueAt,
    };

    private AssociateChecklist Work(string checklistId, ProgressStatus status, DateTime from, DateTime to)
    {
        var definition = _context.Catalog.Checklists[checklistId];
        var checklist = ChecklistWork.Apply(Beneath(checklistId), definition, status, from, to, Random, _trainers);
        if (checklist.CompletedAt is { } completedAt)
        {
            _timeline.Add(new() { Kind = TimelineEventKind.ChecklistCompleted, At = completedAt, By = checklist.Items[^1].DoneBy, Note = definition.Name });
            _context.Events.Record(NotificationKind.ChecklistCompleted, completedAt, checklistId, "completed the checklist " + definition.Name + ".");
        }

        return checklist;
    }

    private bool Wants(NotificationKind kind) => _context.Coverage.Wants(CoverageAreas.Notification, kind);
}
