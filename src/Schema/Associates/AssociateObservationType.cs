using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Checklists;
using GraphTraining.Schema.Conventions.Loading;

namespace GraphTraining.Schema.Associates;

public sealed class AssociateObservationType : ObjectGraphType<AssociateObservation>
{
    public AssociateObservationType()
    {
        Name = "AssociateObservation";
        Description = "An observation of the associate at work.";
        Field(o => o.ObservationId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The observation's id within the profile.");
        Field(o => o.Name).Description("What is observed.");
        Field(o => o.Status, type: typeof(NonNullGraphType<ProgressStatusType>)).Description("Whether the observation has been done.");
        Field(o => o.Source, type: typeof(NonNullGraphType<AssignmentSourceType>)).Description("How the observation was assigned.");
        Field(o => o.AssignedAt).Description("When it was assigned.");
        Field(o => o.DueAt, nullable: true).Description("When it is due.");
        this.Reference<AssociateObservation, AssociateType, AssociateDocument>("observedBy", o => o.ObservedBy, l => l.Associates)
            .Description("Who observed.");
        Field(o => o.CompletedAt, nullable: true).Description("When it was completed.");
        Field(o => o.Notes, nullable: true).Description("The observer's notes.");
    }
}
