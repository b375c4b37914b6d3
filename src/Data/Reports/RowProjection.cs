using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Reports;

/// <summary>
/// What each report row holds, computed from one associate and the catalog. The MongoDB pipelines
/// (<c>ReportPipelines</c>) compute the same values in <c>$project</c>; a test runs both over the same documents.
/// </summary>
public static class RowProjection
{
    public static IReadOnlyList<CertificationRecord> Certifications(AssociateDocument associate, ReportCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(associate);
        ArgumentNullException.ThrowIfNull(catalog);
        var jobFunctionIds = JobFunctionIds(associate);
        return associate.Certifications.Select(c =>
        {
            var definition = catalog.Certifications.GetValueOrDefault(c.CertificationId);
            var completed = c.Tiers.Where(t => t.Status == ProgressStatus.Completed).Select(t => t.TierId).ToHashSet(StringComparer.Ordinal);
            return new CertificationRecord
            {
                Id = $"{associate.Id}/{c.CertificationId}",
                AssociateId = associate.Id,
                EmployeeNumber = associate.EmployeeNumber,
                DisplayName = associate.DisplayName,
                LocationId = associate.LocationId,
                LeaderIds = associate.LeaderIds,
                JobFunctionIds = jobFunctionIds,
                CertificationId = c.CertificationId,
                CertificationName = definition?.Name,
                Status = c.Status,
                Source = c.Source,
                TiersCompleted = c.Tiers.Count(t => t.Status == ProgressStatus.Completed),
                TiersTotal = definition?.Tiers.Count ?? 0,
                CurrentTier = Highest(definition?.Tiers.Where(t => completed.Contains(t.TierId)) ?? [], t => t.Order)?.Name,
                AssignedAt = c.AssignedAt,
                DueAt = c.DueAt,
                CertifiedAt = c.CertifiedAt,
                ExpiresAt = c.ExpiresAt,
                RevocationDetermination = c.Revocation?.Determination,
            };
        }).ToList();
    }

    public static IReadOnlyList<SkillBuildRecord> Checklists(AssociateDocument associate, ReportCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(associate);
        ArgumentNullException.ThrowIfNull(catalog);
        var jobFunctionIds = JobFunctionIds(associate);
        return associate.Checklists.Select(c =>
        {
            var total = catalog.Checklists.GetValueOrDefault(c.ChecklistId)?.Items.Count ?? 0;
            return new SkillBuildRecord
            {
                Id = $"{associate.Id}/{c.ChecklistId}",
                AssociateId = associate.Id,
                EmployeeNumber = associate.EmployeeNumber,
                DisplayName = associate.DisplayName,
                LocationId = associate.LocationId,
                LeaderIds = associate.LeaderIds,
                JobFunctionIds = jobFunctionIds,
                ChecklistId = c.ChecklistId,
                ChecklistName = catalog.Checklists.GetValueOrDefault(c.ChecklistId)?.Name,
                CertificationId = c.CertificationId,
                Status = c.Status,
                Source = c.Source,
                ItemsDone = c.Items.Count,
                ItemsTotal = total,
                PercentComplete = total == 0 ? 0 : c.Items.Count * 100 / total,
                MilestonesReached = c.Milestones.Count,
                LastSkillBuilderId = Highest(c.Items, i => i.DoneAt)?.DoneBy,
                AssignedAt = c.AssignedAt,
                StartedAt = c.StartedAt,
                CompletedAt = c.CompletedAt,
                DueAt = c.DueAt,
            };
        }).ToList();
    }

    public static IReadOnlyList<PlanRecord> Plans(AssociateDocument associate, ReportCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(associate);
        ArgumentNullException.ThrowIfNull(catalog);
        var jobFunctionIds = JobFunctionIds(associate);
        return associate.Plans.Select(p => new PlanRecord
        {
            Id = $"{associate.Id}/{p.PlanId}",
            AssociateId = associate.Id,
            EmployeeNumber = associate.EmployeeNumber,
            DisplayName = associate.DisplayName,
            LocationId = associate.LocationId,
            LeaderIds = associate.LeaderIds,
            JobFunctionIds = jobFunctionIds,
            PlanId = p.PlanId,
            PlanTypeId = p.PlanTypeId,
            PlanTypeName = catalog.PlanTypes.GetValueOrDefault(p.PlanTypeId)?.Name,
            Status = p.Status,
            OutcomeId = p.OutcomeId,
            OutcomeName = p.OutcomeId is null ? null : catalog.PlanOutcomes.GetValueOrDefault(p.OutcomeId)?.Name,
            CreatedBy = p.CreatedBy,
            CreatedAt = p.CreatedAt,
            DueAt = p.DueAt,
            CompletedAt = p.CompletedAt,
            MeetingCount = p.Meetings.Count,
            NoteCount = p.Notes.Count,
            EvidenceCount = p.Evidence.Count,
        }).ToList();
    }

    private static List<string> JobFunctionIds(AssociateDocument associate) => associate.JobFunctions.Select(j => j.JobFunctionId).ToList();

    /// <summary>The first element with the greatest key, as <c>$reduce</c> with a strict <c>$gt</c> picks it.</summary>
    private static T? Highest<T, TKey>(IEnumerable<T> items, Func<T, TKey> key) where T : class where TKey : IComparable<TKey>
    {
        T? best = null;
        foreach (var item in items)
        {
            if (best is null || key(item).CompareTo(key(best)) > 0)
            {
                best = item;
            }
        }

        return best;
    }
}
