using GraphQL.Types;
using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.JobFunctions;

public sealed class ActionPlanObservationType : ObjectGraphType<ActionPlanItem>
{
    public ActionPlanObservationType()
    {
        Name = "ActionPlanObservation";
        Description = "An observation an action plan assigns.";
        Field<NonNullGraphType<StringGraphType>>("name")
            .Description("The name the assigned observation gets.")
            .Resolve(context => context.Source.Name ?? context.Source.DefinitionId);
        Field(i => i.DueInDays).Description("Days the associate has from assignment.");
    }
}
