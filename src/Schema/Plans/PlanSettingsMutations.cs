using GraphQL;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Rules;
using GraphTraining.Data.Store;
using GraphTraining.Schema.Conventions.Errors;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Conventions.Loading;
using GraphTraining.Schema.Conventions.Mutations;
using GraphTraining.Schema.Conventions.Roots;
using GraphTraining.Schema.Identity;

namespace GraphTraining.Schema.Plans;

/// <summary>Settings > Actions &amp; 1-to-1 settings > Plans: plan types and plan outcomes.</summary>
public sealed class PlanSettingsMutations : IRootFields<MutationType>
{
    public void AddTo(MutationType root)
    {
        root.AddMutation<CreatePlanTypeInputType, PlanTypeType>(
            "createPlanType", "Creates a plan type; it starts inactive unless `isActive` is true.", "planType",
            [typeof(NameRequiredErrorType), typeof(NameTakenErrorType)], CreatePlanTypeAsync)
            .RequirePermission(Permission.ManagePlanSettings);
        root.AddMutation<UpdatePlanTypeInputType, PlanTypeType>(
            "updatePlanType", "Renames, describes, activates or deactivates a plan type.", "planType",
            [typeof(NotFoundErrorType), typeof(NameRequiredErrorType), typeof(NameTakenErrorType)], UpdatePlanTypeAsync)
            .RequirePermission(Permission.ManagePlanSettings);
        root.AddMutation<DeletePlanTypeInputType, PlanTypeType>(
            "deletePlanType", "Deletes an inactive plan type that is not a default one.", "planType",
            [typeof(NotFoundErrorType), typeof(PlanTypeIsDefaultErrorType), typeof(PlanTypeIsActiveErrorType)], DeletePlanTypeAsync)
            .RequirePermission(Permission.ManagePlanSettings);
        root.AddMutation<CreatePlanOutcomeInputType, PlanOutcomeType>(
            "createPlanOutcome", "Creates a plan outcome; it starts inactive unless `isActive` is true.", "planOutcome",
            [typeof(NameRequiredErrorType), typeof(NameTakenErrorType), typeof(InvalidColourErrorType)], CreatePlanOutcomeAsync)
            .RequirePermission(Permission.ManagePlanSettings);
        root.AddMutation<UpdatePlanOutcomeInputType, PlanOutcomeType>(
            "updatePlanOutcome", "Edits a plan outcome's name, description, colour or active flag.", "planOutcome",
            [typeof(NotFoundErrorType), typeof(NameRequiredErrorType), typeof(NameTakenErrorType), typeof(InvalidColourErrorType)], UpdatePlanOutcomeAsync)
            .RequirePermission(Permission.ManagePlanSettings);
        root.AddMutation<DeletePlanOutcomeInputType, PlanOutcomeType>(
            "deletePlanOutcome", "Deletes a plan outcome. Plans that ended with it keep its id but no longer resolve it.", "planOutcome",
            [typeof(NotFoundErrorType)], DeletePlanOutcomeAsync)
            .RequirePermission(Permission.ManagePlanSettings);
    }

    private static async Task<MutationPayload> CreatePlanTypeAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<CreatePlanTypeInput>("input");
        var store = context.Store();
        var names = await NamesAsync(store.PlanTypes, t => t.Name, exceptId: null, context.CancellationToken).ConfigureAwait(false);
        var decision = PlanTypeRules.Create(DocumentIds.New("pt"), input.Name, input.Description, input.IsActive ?? false, names);
        if (decision.Document is null)
        {
            return MutationPayload.Failure(PlanSettingsErrors.From(decision.Outcome, input.Name, null));
        }

        return MutationPayload.Success(await store.PlanTypes.InsertAsync(decision.Document, context.CancellationToken).ConfigureAwait(false));
    }

    private static async Task<MutationPayload> UpdatePlanTypeAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<UpdatePlanTypeInput>("input");
        var id = GlobalId.Expect("PlanType", input.Id);
        var store = context.Store();
        var names = await NamesAsync(store.PlanTypes, t => t.Name, id, context.CancellationToken).ConfigureAwait(false);
        var result = await store.PlanTypes
            .UpdateAsync(id, current => PlanTypeRules.Update(current, input.Name, input.Description, input.IsActive, names), context.CancellationToken)
            .ConfigureAwait(false);
        return ToPayload(result, input.Id, input.Name, null);
    }

    private static async Task<MutationPayload> DeletePlanTypeAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<DeleteInput>("input");
        var result = await context.Store().PlanTypes
            .DeleteAsync(GlobalId.Expect("PlanType", input.Id), PlanTypeRules.CanDelete, o => o == PlanSettingsOutcome.Done, context.CancellationToken)
            .ConfigureAwait(false);
        return ToPayload(result, input.Id, result?.Document?.Name, null);
    }

    private static async Task<MutationPayload> CreatePlanOutcomeAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<CreatePlanOutcomeInput>("input");
        var store = context.Store();
        var names = await NamesAsync(store.PlanOutcomes, o => o.Name, exceptId: null, context.CancellationToken).ConfigureAwait(false);
        var decision = PlanOutcomeRules.Create(DocumentIds.New("po"), input.Name, input.Description, input.Colour, input.IsActive ?? false, names);
        if (decision.Document is null)
        {
            return MutationPayload.Failure(PlanSettingsErrors.From(decision.Outcome, input.Name, input.Colour));
        }

        return MutationPayload.Success(await store.PlanOutcomes.InsertAsync(decision.Document, context.CancellationToken).ConfigureAwait(false));
    }

    private static async Task<MutationPayload> UpdatePlanOutcomeAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<UpdatePlanOutcomeInput>("input");
        var id = GlobalId.Expect("PlanOutcome", input.Id);
        var store = context.Store();
        var names = await NamesAsync(store.PlanOutcomes, o => o.Name, id, context.CancellationToken).ConfigureAwait(false);
        var result = await store.PlanOutcomes
            .UpdateAsync(id, current => PlanOutcomeRules.Update(current, input.Name, input.Description, input.Colour, input.IsActive, names), context.CancellationToken)
            .ConfigureAwait(false);
        return ToPayload(result, input.Id, input.Name, input.Colour);
    }

    private static async Task<MutationPayload> DeletePlanOutcomeAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<DeleteInput>("input");
        var result = await context.Store().PlanOutcomes
            .DeleteAsync(GlobalId.Expect("PlanOutcome", input.Id), _ => PlanSettingsOutcome.Done, _ => true, context.CancellationToken)
            .ConfigureAwait(false);
        return ToPayload(result, input.Id, null, null);
    }

    private static MutationPayload ToPayload<T>(RuleResult<T, PlanSettingsOutcome>? result, string globalId, string? name, string? colour)
        where T : Document
    {
        if (result is null)
        {
            return MutationPayload.Failure(new NotFoundError(globalId));
        }

        return result.Outcome == PlanSettingsOutcome.Done
            ? MutationPayload.Success(result.Document)
            : MutationPayload.Failure(PlanSettingsErrors.From(result.Outcome, name, colour));
    }

    // Name uniqueness reads the other documents first; two racing creates of one name can both pass, which
    // costs a duplicate name (fixable by a rename), never lost data. MongoDB adds a unique index to close it.
    private static async Task<IReadOnlyList<string>> NamesAsync<T>(IDocumentCollection<T> collection, Func<T, string> name, string? exceptId, CancellationToken cancellationToken)
        where T : Document
    {
        var all = await collection.QueryAsync(StoreQuery.All, cancellationToken).ConfigureAwait(false);
        return all.Items.Where(d => d.Id != exceptId).Select(name).ToList();
    }
}
