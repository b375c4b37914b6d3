using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;
using static GraphTraining.Data.Tests.Store.TestDocuments;

namespace GraphTraining.Data.Tests.Exchange;

/// <summary>A document or two in every collection, so an export touches each file and each mapping.</summary>
public static class ExchangeSamples
{
    public static async Task SeedAsync(ITrainingStore store)
    {
        await store.Associates.InsertManyAsync([FullAssociate("a2"), FullAssociate("a1"), Associate("a3", lastName: "Hopper")]);
        await store.Locations.InsertManyAsync([Location("loc-1", region: "North"), Location("loc-2", name: "Quay Road")]);
        await store.JobFunctions.InsertAsync(new JobFunctionDocument
        {
            Id = "jf-1",
            Name = "Forklift operator",
            LocationIds = ["loc-1"],
            ActionPlan = new ActionPlan { Checklists = [new ActionPlanItem { DefinitionId = "cl-1", DueInDays = 14 }] },
        });
        await store.Certifications.InsertAsync(new CertificationDefinitionDocument
        {
            Id = "cert-1",
            Name = "Forklift",
            Tiers = [new CertificationTier { TierId = "tier-1", Name = "Basic" }],
            ForbidSingleDayCompletion = true,
            ValidForDays = 365,
        });
        await store.Checklists.InsertAsync(new ChecklistDefinitionDocument { Id = "cl-1", Name = "Safety walk", Items = [new ChecklistItem { ItemId = "i-1", Text = "Check brakes" }] });
        await store.PlanTypes.InsertAsync(PlanType("pt-1") with { IsDefault = true, Description = "Önskad förbättring" });
        await store.PlanOutcomes.InsertAsync(new PlanOutcomeDocument { Id = "po-1", Name = "Improved", Colour = "#00aa00" });
        await store.Roles.InsertAsync(new RoleDocument { Id = "role-1", Name = "Leader", Permissions = [Permission.AssignChecklists, Permission.ViewReports] });
        await store.Notifications.InsertAsync(new NotificationDocument
        {
            Id = "n-1",
            RecipientId = "lead-1",
            AssociateId = "a1",
            Kind = NotificationKind.CertificationRevoked,
            Message = "Forklift was revoked \"pending review\"",
            CreatedAt = At,
        });
    }
}
