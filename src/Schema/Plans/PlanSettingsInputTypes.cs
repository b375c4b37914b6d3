using GraphQL.Types;

namespace GraphTraining.Schema.Plans;

public sealed class CreatePlanTypeInputType : InputObjectGraphType<CreatePlanTypeInput>
{
    public CreatePlanTypeInputType()
    {
        Name = "CreatePlanTypeInput";
        Field(i => i.Name).Description("The type's name, unique ignoring case.");
        Field(i => i.Description, nullable: true).Description("What plans of this type are for.");
        Field(i => i.IsActive, nullable: true).Description("Whether it can be chosen at once; new types start inactive (a draft).");
    }
}

public sealed class UpdatePlanTypeInputType : InputObjectGraphType<UpdatePlanTypeInput>
{
    public UpdatePlanTypeInputType()
    {
        Name = "UpdatePlanTypeInput";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The plan type's global id.");
        Field(i => i.Name, nullable: true).Description("A new name; omit to keep it.");
        Field(i => i.Description, nullable: true).Description("A new description; omit to keep it, empty to clear it.");
        Field(i => i.IsActive, nullable: true).Description("Activate or deactivate; omit to keep it.");
    }
}

public sealed class CreatePlanOutcomeInputType : InputObjectGraphType<CreatePlanOutcomeInput>
{
    public CreatePlanOutcomeInputType()
    {
        Name = "CreatePlanOutcomeInput";
        Field(i => i.Name).Description("The outcome's name, unique ignoring case.");
        Field(i => i.Description, nullable: true).Description("What the outcome means.");
        Field(i => i.Colour).Description("Its colour in reports, as #RRGGBB.");
        Field(i => i.IsActive, nullable: true).Description("Whether it can be set at once; new outcomes start inactive (a draft).");
    }
}

public sealed class UpdatePlanOutcomeInputType : InputObjectGraphType<UpdatePlanOutcomeInput>
{
    public UpdatePlanOutcomeInputType()
    {
        Name = "UpdatePlanOutcomeInput";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The plan outcome's global id.");
        Field(i => i.Name, nullable: true).Description("A new name; omit to keep it.");
        Field(i => i.Description, nullable: true).Description("A new description; omit to keep it, empty to clear it.");
        Field(i => i.Colour, nullable: true).Description("A new colour as #RRGGBB; omit to keep it.");
        Field(i => i.IsActive, nullable: true).Description("Activate or deactivate; omit to keep it.");
    }
}

public sealed class DeletePlanTypeInputType : InputObjectGraphType<DeleteInput>
{
    public DeletePlanTypeInputType()
    {
        Name = "DeletePlanTypeInput";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The plan type's global id.");
    }
}

public sealed class DeletePlanOutcomeInputType : InputObjectGraphType<DeleteInput>
{
    public DeletePlanOutcomeInputType()
    {
        Name = "DeletePlanOutcomeInput";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The plan outcome's global id.");
    }
}
