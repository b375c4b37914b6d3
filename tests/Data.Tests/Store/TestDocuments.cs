using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Tests.Store;

/// <summary>Documents with sensible defaults, so a test shows only the fields it cares about.</summary>
public static class TestDocuments
{
    public static readonly DateTime At = new(2026, 3, 4, 5, 6, 7, 123, DateTimeKind.Utc);

    /// <summary>Equal when the stored forms are equal (records compare embedded lists by reference).</summary>
    public static IEqualityComparer<AssociateDocument> AssociateComparer { get; } =
        EqualityComparer<AssociateDocument>.Create((a, b) => a is not null && b is not null && DocumentMapping.ToCanonicalJson(a) == DocumentMapping.ToCanonicalJson(b));

    public static LocationDocument Location(string id, string name = "Harbour Street", string? region = null) =>
        new() { Id = id, Name = name, Region = region };

    public static PlanTypeDocument PlanType(string id, string name = "Performance Improvement Plan") =>
        new() { Id = id, Name = name, IsActive = true };

    public static AssociateDocument Associate(string id, string lastName = "Lovelace") => new()
    {
        Id = id,
        EmployeeNumber = "E-" + id,
        FirstName = "Ada",
        LastName = lastName,
        DisplayName = "Ada " + lastName,
        LocationId = "loc-1",
        HiredAt = At,
    };

    /// <summary>An associate with something in every embedded list, timestamps and nested enums.</summary>
    public static AssociateDocument FullAssociate(string id) => Associate(id) with
    {
        Email = id + "@example.test",
        LeaderIds = ["lead-1"],
        UserGroups = ["night-shift"],
        RoleIds = ["role-1"],
        JobFunctions = [new AssociateJobFunction { JobFunctionId = "jf-1", AssignedAt = At, AssignedBy = "lead-1", IsSkillBuilder = true }],
        Certifications =
        [
            new AssociateCertification
            {
                CertificationId = "cert-1",
                Status = CertificationStatus.Revoked,
                Source = AssignmentSource.ActionPlan,
                AssignedAt = At,
                DueAt = At.AddDays(30),
                Tiers = [new TierProgress { TierId = "tier-1", Status = ProgressStatus.Completed, CompletedAt = At.AddDays(2) }],
                Revocation = new Revocation { Determination = RevocationDetermination.Suspension, Reason = "Audit", Notes = "Pending review", By = "lead-1", At = At.AddDays(3) },
            },
        ],
        Checklists = [new AssociateChecklist { ChecklistId = "cl-1", Status = ProgressStatus.InProgress, AssignedAt = At, StartedAt = At.AddHours(1) }],
    };
}
