using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Rules;

/// <summary>
/// Assigning a certification or a checklist to an associate by hand. The item's eligibility decides who may
/// have it (user groups, location, job functions; an empty list restricts nothing); an associate may be given
/// one of the listed job functions in the same change, so an otherwise ineligible assignment goes through in
/// one write. Something assigned and not finished is not assigned twice, and a permanent revocation is final.
/// </summary>
public static class AssignmentRules
{
    private static readonly CertificationStatus[] OpenCertification =
        [CertificationStatus.Assigned, CertificationStatus.InProgress, CertificationStatus.Certified, CertificationStatus.Suspended];

    private static readonly ProgressStatus[] OpenChecklist = [ProgressStatus.NotStarted, ProgressStatus.InProgress];

    /// <summary>Every part of <paramref name="eligibility"/> the associate does not meet, in a fixed order; empty when eligible.</summary>
    public static IReadOnlyList<AssignmentMismatch> Mismatches(AssociateDocument associate, AssignmentEligibility eligibility)
    {
        ArgumentNullException.ThrowIfNull(associate);
        ArgumentNullException.ThrowIfNull(eligibility);
        var mismatches = new List<AssignmentMismatch>();
        if (eligibility.UserGroups.Count > 0 && !eligibility.UserGroups.Intersect(associate.UserGroups, StringComparer.Ordinal).Any())
        {
            mismatches.Add(AssignmentMismatch.UserGroup);
        }

        if (eligibility.LocationIds.Count > 0 && !eligibility.LocationIds.Contains(associate.LocationId, StringComparer.Ordinal))
        {
            mismatches.Add(AssignmentMismatch.Location);
        }

        if (eligibility.JobFunctionIds.Count > 0 && !associate.JobFunctions.Any(j => eligibility.JobFunctionIds.Contains(j.JobFunctionId, StringComparer.Ordinal)))
        {
            mismatches.Add(AssignmentMismatch.JobFunction);
        }

        return mismatches;
    }

    public static RuleResult<AssociateDocument, AssignmentOutcome> AssignCertification(
        AssociateDocument current, CertificationDefinitionDocument definition, AssignmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(request);
        var earlier = current.Certifications.FirstOrDefault(c => c.CertificationId == definition.Id);
        if (earlier?.Revocation?.Determination == RevocationDetermination.Permanent)
        {
            return new(null, AssignmentOutcome.PermanentlyRevoked);
        }

        if (earlier is not null && OpenCertification.Contains(earlier.Status))
        {
            return new(null, AssignmentOutcome.AlreadyAssigned);
        }

        var decided = Eligible(current, definition.Eligibility, request);
        if (decided.Document is not { } eligible)
        {
            return decided;
        }

        var checklists = eligible.Checklists.ToList();
        foreach (var checklistId in definition.ChecklistIds.Where(id => checklists.All(c => c.ChecklistId != id)))
        {
            checklists.Add(NewChecklist(checklistId, definition.Id, request));
        }

        // A revoked or expired entry is replaced, keeping its history so the timeline tells the whole story.
        var assigned = new AssociateCertification
        {
            CertificationId = definition.Id,
            Status = CertificationStatus.Assigned,
            Source = AssignmentSource.Manual,
            AssignedAt = request.At,
            AssignedBy = request.AssignedBy,
            DueAt = request.DueAt,
            Tiers = [.. definition.Tiers.OrderBy(t => t.Order).Select(t => new TierProgress { TierId = t.TierId, Status = ProgressStatus.NotStarted })],
            Checklists =
            [
                .. definition.ChecklistIds.Select(id => new ChecklistProgress
                {
                    ChecklistId = id,
                    Status = checklists.First(c => c.ChecklistId == id).Status,
                }),
            ],
            Timeline =
            [
                .. earlier?.Timeline ?? [],
                new TimelineEvent { Kind = earlier is null ? TimelineEventKind.Assigned : TimelineEventKind.Reassigned, At = request.At, By = request.AssignedBy },
            ],
        };
        var certifications = earlier is null
            ? [.. eligible.Certifications, assigned]
            : eligible.Certifications.Select(c => ReferenceEquals(c, earlier) ? assigned : c).ToList();
        return new(eligible with { Certifications = certifications, Checklists = checklists }, AssignmentOutcome.Done);
    }

    public static RuleResult<AssociateDocument, AssignmentOutcome> AssignChecklist(
        AssociateDocument current, ChecklistDefinitionDocument definition, AssignmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(request);
        var earlier = current.Checklists.FirstOrDefault(c => c.ChecklistId == definition.Id);
        if (earlier is not null && OpenChecklist.Contains(earlier.Status))
        {
            return new(null, AssignmentOutcome.AlreadyAssigned);
        }

        var decided = Eligible(current, definition.Eligibility, request);
        if (decided.Document is not { } eligible)
        {
            return decided;
        }

        var assigned = NewChecklist(definition.Id, null, request);
        var checklists = earlier is null
            ? [.. eligible.Checklists, assigned]
            : eligible.Checklists.Select(c => ReferenceEquals(c, earlier) ? assigned : c).ToList();
        return new(eligible with { Checklists = checklists }, AssignmentOutcome.Done);
    }

    /// <summary>The associate with the requested job function added, when that makes them eligible; otherwise no document.</summary>
    private static RuleResult<AssociateDocument, AssignmentOutcome> Eligible(AssociateDocument current, AssignmentEligibility eligibility, AssignmentRequest request)
    {
        var candidate = current;
        if (request.AddToJobFunctionId is { } jobFunctionId)
        {
            if (!eligibility.JobFunctionIds.Contains(jobFunctionId, StringComparer.Ordinal))
            {
                return new(null, AssignmentOutcome.JobFunctionNotRequired);
            }

            if (current.JobFunctions.All(j => j.JobFunctionId != jobFunctionId))
            {
                candidate = current with
                {
                    JobFunctions = [.. current.JobFunctions, new AssociateJobFunction { JobFunctionId = jobFunctionId, AssignedAt = request.At, AssignedBy = request.AssignedBy }],
                };
            }
        }

        var mismatches = Mismatches(candidate, eligibility);
        return mismatches.Count == 0
            ? new(candidate, AssignmentOutcome.Done)
            : new(null, AssignmentOutcome.NotEligible(mismatches));
    }

    private static AssociateChecklist NewChecklist(string checklistId, string? certificationId, AssignmentRequest request) => new()
    {
        ChecklistId = checklistId,
        Status = ProgressStatus.NotStarted,
        Source = AssignmentSource.Manual,
        CertificationId = certificationId,
        AssignedAt = request.At,
        AssignedBy = request.AssignedBy,
        DueAt = request.DueAt,
    };
}
