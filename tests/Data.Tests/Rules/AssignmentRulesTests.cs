using GraphTraining.Data.Documents;
using GraphTraining.Data.Rules;

namespace GraphTraining.Data.Tests.Rules;

public class AssignmentRulesTests
{
    private static readonly DateTime At = new(2026, 5, 1, 9, 30, 0, DateTimeKind.Utc);

    private static readonly AssignmentEligibility Restricted = new()
    {
        UserGroups = ["Warehouse", "Pharmacy"],
        LocationIds = ["loc-1"],
        JobFunctionIds = ["jf-picker"],
    };

    public static TheoryData<string[], string, string[], AssignmentMismatch[]> Matrix => new()
    {
        { ["Warehouse"], "loc-1", ["jf-picker"], [] },
        { ["Front"], "loc-1", ["jf-picker"], [AssignmentMismatch.UserGroup] },
        { ["Pharmacy", "Front"], "loc-2", ["jf-picker"], [AssignmentMismatch.Location] },
        { ["Warehouse"], "loc-1", ["jf-driver"], [AssignmentMismatch.JobFunction] },
        { [], "loc-2", [], [AssignmentMismatch.UserGroup, AssignmentMismatch.Location, AssignmentMismatch.JobFunction] },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Eligibility_names_every_part_the_associate_does_not_meet(string[] groups, string locationId, string[] jobFunctionIds, AssignmentMismatch[] expected)
    {
        var associate = Associate() with
        {
            UserGroups = groups,
            LocationId = locationId,
            JobFunctions = [.. jobFunctionIds.Select(id => new AssociateJobFunction { JobFunctionId = id })],
        };

        Assert.Equal(expected, AssignmentRules.Mismatches(associate, Restricted));
    }

    [Fact]
    public void Empty_eligibility_lists_restrict_nobody()
    {
        Assert.Empty(AssignmentRules.Mismatches(Associate() with { LocationId = "anywhere" }, new AssignmentEligibility()));
    }

    [Fact]
    public void A_certification_is_assigned_with_its_tiers_checklists_and_an_assigned_event()
    {
        var result = AssignmentRules.AssignCertification(Associate(), Certification(), Request());

        Assert.Equal(AssignmentOutcomeKind.Done, result.Outcome.Kind);
        var assigned = Assert.Single(result.Document!.Certifications);
        Assert.Equal((CertificationStatus.Assigned, AssignmentSource.Manual, At, "boss"), (assigned.Status, assigned.Source, assigned.AssignedAt, assigned.AssignedBy));
        Assert.Equal(["t1", "t2"], assigned.Tiers.Select(t => t.TierId));
        Assert.All(assigned.Tiers, t => Assert.Equal(ProgressStatus.NotStarted, t.Status));
        Assert.Equal(["cl-1"], assigned.Checklists.Select(c => c.ChecklistId));
        Assert.Equal(TimelineEventKind.Assigned, Assert.Single(assigned.Timeline).Kind);
        var beneath = Assert.Single(result.Document.Checklists);
        Assert.Equal(("cl-1", "cert-1", ProgressStatus.NotStarted), (beneath.ChecklistId, beneath.CertificationId, beneath.Status));
    }

    [Fact]
    public void A_checklist_beneath_the_certification_that_is_already_assigned_is_not_added_twice()
    {
        var associate = Associate() with { Checklists = [new AssociateChecklist { ChecklistId = "cl-1", Status = ProgressStatus.Completed }] };

        var result = AssignmentRules.AssignCertification(associate, Certification(), Request());

        var only = Assert.Single(result.Document!.Checklists);
        Assert.Null(only.CertificationId);
        Assert.Equal(ProgressStatus.Completed, Assert.Single(result.Document.Certifications[0].Checklists).Status);
    }

    [Theory]
    [InlineData(CertificationStatus.Assigned)]
    [InlineData(CertificationStatus.InProgress)]
    [InlineData(CertificationStatus.Certified)]
    [InlineData(CertificationStatus.Suspended)]
    public void An_unfinished_or_held_certification_is_not_assigned_again(CertificationStatus status)
    {
        var associate = Associate() with { Certifications = [new AssociateCertification { CertificationId = "cert-1", Status = status }] };

        var result = AssignmentRules.AssignCertification(associate, Certification(), Request());

        Assert.Null(result.Document);
        Assert.Equal(AssignmentOutcomeKind.AlreadyAssigned, result.Outcome.Kind);
    }

    [Fact]
    public void A_permanently_revoked_certification_cannot_be_assigned_again()
    {
        var associate = Associate() with { Certifications = [Revoked(RevocationDetermination.Permanent)] };

        var result = AssignmentRules.AssignCertification(associate, Certification(), Request());

        Assert.Null(result.Document);
        Assert.Equal(AssignmentOutcomeKind.PermanentlyRevoked, result.Outcome.Kind);
    }

    [Fact]
    public void A_revoked_certification_is_replaced_and_its_history_kept_with_a_reassigned_event()
    {
        var associate = Associate() with { Certifications = [Revoked(RevocationDetermination.Recertification)] };

        var result = AssignmentRules.AssignCertification(associate, Certification(), Request());

        var replaced = Assert.Single(result.Document!.Certifications);
        Assert.Equal(CertificationStatus.Assigned, replaced.Status);
        Assert.Null(replaced.Revocation);
        Assert.Equal([TimelineEventKind.Revoked, TimelineEventKind.Reassigned], replaced.Timeline.Select(e => e.Kind));
    }

    [Fact]
    public void Adding_a_required_job_function_makes_the_assignment_eligible_in_the_same_change()
    {
        var certification = Certification() with { Eligibility = new AssignmentEligibility { JobFunctionIds = ["jf-picker"] } };

        var refused = AssignmentRules.AssignCertification(Associate(), certification, Request());
        var result = AssignmentRules.AssignCertification(Associate(), certification, Request() with { AddToJobFunctionId = "jf-picker" });

        Assert.Equal([AssignmentMismatch.JobFunction], refused.Outcome.Mismatches);
        var added = Assert.Single(result.Document!.JobFunctions);
        Assert.Equal(("jf-picker", At, "boss"), (added.JobFunctionId, added.AssignedAt, added.AssignedBy));
        Assert.Single(result.Document.Certifications);
    }

    [Fact]
    public void Adding_a_job_function_the_item_does_not_list_is_refused()
    {
        var checklist = new ChecklistDefinitionDocument { Id = "cl-9", Name = "Safety", Eligibility = new AssignmentEligibility { JobFunctionIds = ["jf-picker"] } };

        var result = AssignmentRules.AssignChecklist(Associate(), checklist, Request() with { AddToJobFunctionId = "jf-driver" });

        Assert.Null(result.Document);
        Assert.Equal(AssignmentOutcomeKind.JobFunctionNotRequired, result.Outcome.Kind);
    }

    [Theory]
    [InlineData(ProgressStatus.NotStarted, AssignmentOutcomeKind.AlreadyAssigned)]
    [InlineData(ProgressStatus.InProgress, AssignmentOutcomeKind.AlreadyAssigned)]
    [InlineData(ProgressStatus.Completed, AssignmentOutcomeKind.Done)]
    public void A_checklist_is_assigned_again_only_once_finished(ProgressStatus status, AssignmentOutcomeKind expected)
    {
        var associate = Associate() with { Checklists = [new AssociateChecklist { ChecklistId = "cl-9", Status = status }] };

        var result = AssignmentRules.AssignChecklist(associate, new ChecklistDefinitionDocument { Id = "cl-9", Name = "Safety" }, Request());

        Assert.Equal(expected, result.Outcome.Kind);
        if (expected == AssignmentOutcomeKind.Done)
        {
            var assigned = Assert.Single(result.Document!.Checklists);
            Assert.Equal((ProgressStatus.NotStarted, AssignmentSource.Manual, At), (assigned.Status, assigned.Source, assigned.AssignedAt));
        }
    }

    private static AssignmentRequest Request() => new("boss", At, At.AddDays(30), null);

    private static AssociateCertification Revoked(RevocationDetermination determination) => new()
    {
        CertificationId = "cert-1",
        Status = CertificationStatus.Revoked,
        Revocation = new Revocation { Determination = determination, Reason = "Unsafe", By = "boss", At = At.AddDays(-1) },
        Timeline = [new TimelineEvent { Kind = TimelineEventKind.Revoked, At = At.AddDays(-1) }],
    };

    private static CertificationDefinitionDocument Certification() => new()
    {
        Id = "cert-1",
        Name = "Forklift",
        Tiers = [new CertificationTier { TierId = "t2", Name = "Advanced", Order = 2 }, new CertificationTier { TierId = "t1", Name = "Basic", Order = 1 }],
        ChecklistIds = ["cl-1"],
    };

    private static AssociateDocument Associate() => new()
    {
        Id = "a-1",
        EmployeeNumber = "E-1",
        FirstName = "Ada",
        LastName = "Tester",
        DisplayName = "Ada Tester",
        LocationId = "loc-1",
    };
}
