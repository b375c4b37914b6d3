using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Certifications;
using GraphTraining.Schema.Checklists;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Conventions.Loading;
using GraphTraining.Schema.Identity;
using GraphTraining.Schema.Locations;
using GraphTraining.Schema.Plans;

namespace GraphTraining.Schema.Associates;

public sealed class AssociateType : ObjectGraphType<AssociateDocument>
{
    public AssociateType()
    {
        Name = "Associate";
        Description = "A person's training profile: job functions, certifications, checklists, observations and 1-to-1 plans.";
        this.IsNode();
        Field(a => a.EmployeeNumber).Description("The employer's number for this person.");
        Field(a => a.FirstName).Description("Given name.");
        Field(a => a.LastName).Description("Family name.");
        Field(a => a.DisplayName).Description("The name shown in lists and reports.");
        Field(a => a.Email, nullable: true).Description("Work email address.");
        Field(a => a.HiredAt).Description("When the person joined.");
        Field(a => a.UserGroups).Description("The user groups that decide which programs may be assigned to this person.");
        this.Reference<AssociateDocument, LocationType, LocationDocument>("location", a => a.LocationId, l => l.Locations)
            .Description("Where the person works.");
        this.References<AssociateDocument, AssociateType, AssociateDocument>("leaders", a => a.LeaderIds, l => l.Associates)
            .Description("The person's leaders, who are notified of their training events.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssociateJobFunctionType>>>>("jobFunctions")
            .Description("The job functions the person holds.")
            .Resolve(context => context.Source.JobFunctions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssociateCertificationType>>>>("certifications")
            .Description("Certifications assigned to the person, with the status of each tier and checklist beneath them.")
            .Resolve(context => context.Source.Certifications);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssociateChecklistType>>>>("checklists")
            .Description("Skill build checklists assigned to the person, on their own or by a certification.")
            .Resolve(context => context.Source.Checklists);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssociateObservationType>>>>("observations")
            .Description("Observations of the person at work.")
            .Resolve(context => context.Source.Observations);
        this.References<AssociateDocument, RoleType, RoleDocument>("roles", a => a.RoleIds, l => l.Roles)
            .Description("The roles the person holds, which decide what they may do and see.");
        Field<ListGraphType<NonNullGraphType<AssociatePlanType>>>("plans")
            .Description("1-to-1 plans for the person; needs VIEW_PLANS or CREATE_PLANS.")
            .RequirePermission(Permission.ViewPlans, Permission.CreatePlans)
            .Resolve(context => context.Source.Plans);
    }
}
