using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Conventions.Loading;
using GraphTraining.Schema.Locations;

namespace GraphTraining.Schema.JobFunctions;

public sealed class JobFunctionType : ObjectGraphType<JobFunctionDocument>
{
    public JobFunctionType()
    {
        Name = "JobFunction";
        Description = "A job function and the action plan that runs when someone is given it.";
        this.IsNode();
        Field(j => j.Name).Description("The job function's name.");
        Field(j => j.Description, nullable: true).Description("What the job involves.");
        this.References<JobFunctionDocument, LocationType, LocationDocument>("locations", j => j.LocationIds, l => l.Locations)
            .Description("Where the job function exists.");
        Field<NonNullGraphType<ActionPlanType>>("actionPlan")
            .Description("What assigning this job function assigns automatically.")
            .Resolve(context => context.Source.ActionPlan);
    }
}
