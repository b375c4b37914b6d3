using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Associates;
using GraphTraining.Schema.Conventions.Loading;

namespace GraphTraining.Schema.Plans;

public sealed class AssociatePlanType : ObjectGraphType<AssociatePlan>
{
    public AssociatePlanType()
    {
        Name = "AssociatePlan";
        Description = "A 1-to-1 plan: meetings and notes for one associate under one objective, with evidence, ending with an outcome.";
        Field(p => p.PlanId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The plan's id within the associate's profile.");
        this.Reference<AssociatePlan, PlanTypeType, PlanTypeDocument>("planType", p => p.PlanTypeId, l => l.PlanTypes).Description("The kind of plan.");
        Field(p => p.Objective).Description("The agreed objective.");
        Field(p => p.Status, type: typeof(NonNullGraphType<PlanStatusType>)).Description("Where the plan stands.");
        this.Reference<AssociatePlan, AssociateType, AssociateDocument>("createdBy", p => p.CreatedBy, l => l.Associates).Description("Who created the plan.");
        Field(p => p.CreatedAt).Description("When the plan was created.");
        Field(p => p.DueAt, nullable: true).Description("When the plan should be concluded.");
        Field(p => p.CompletedAt, nullable: true).Description("When the plan was concluded.");
        this.Reference<AssociatePlan, PlanOutcomeType, PlanOutcomeDocument>("outcome", p => p.OutcomeId, l => l.PlanOutcomes).Description("How the plan ended.");
        Field(p => p.OutcomeSetAt, nullable: true).Description("When the outcome was decided.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanMeetingType>>>>("meetings").Description("1-to-1 meetings held under the plan.").Resolve(context => context.Source.Meetings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanNoteType>>>>("notes").Description("Notes on the plan.").Resolve(context => context.Source.Notes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanEvidenceType>>>>("evidence").Description("Files uploaded to support the plan.").Resolve(context => context.Source.Evidence);
    }
}
