using GraphQL.Types;
using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.JobFunctions;

public sealed class ActionPlanType : ObjectGraphType<ActionPlan>
{
    public ActionPlanType()
    {
        Name = "ActionPlan";
        Description = "The checklists, certifications and observations a job function requires, each with a due offset.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionPlanChecklistType>>>>("checklists")
            .Description("Checklists assigned automatically.")
            .Resolve(context => context.Source.Checklists);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionPlanCertificationType>>>>("certifications")
            .Description("Certifications assigned automatically.")
            .Resolve(context => context.Source.Certifications);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionPlanObservationType>>>>("observations")
            .Description("Observations assigned automatically.")
            .Resolve(context => context.Source.Observations);
    }
}
