using GraphQL;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Rules;
using GraphTraining.Data.Store;
using GraphTraining.Schema.Associates;
using GraphTraining.Schema.Conventions.Errors;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Conventions.Loading;
using GraphTraining.Schema.Conventions.Mutations;
using GraphTraining.Schema.Conventions.Roots;

namespace GraphTraining.Schema.Identity;

/// <summary>Settings > Roles: who may do what. Every mutation here needs MANAGE_ROLES.</summary>
public sealed class RoleMutations : IRootFields<MutationType>
{
    public void AddTo(MutationType root)
    {
        root.AddMutation<CreateRoleInputType, RoleType>(
            "createRole", "Creates a role with these permissions.", "role",
            [typeof(NameRequiredErrorType), typeof(NameTakenErrorType)], CreateRoleAsync)
            .RequirePermission(Permission.ManageRoles);
        root.AddMutation<UpdateRoleInputType, RoleType>(
            "updateRole", "Renames a role, or changes its description or permissions; default roles too.", "role",
            [typeof(NotFoundErrorType), typeof(NameRequiredErrorType), typeof(NameTakenErrorType), typeof(LastAdministratorErrorType)], UpdateRoleAsync)
            .RequirePermission(Permission.ManageRoles);
        root.AddMutation<DeleteRoleInputType, RoleType>(
            "deleteRole", "Deletes a role nobody holds that is not a default one.", "role",
            [typeof(NotFoundErrorType), typeof(RoleIsDefaultErrorType), typeof(RoleInUseErrorType)], DeleteRoleAsync)
            .RequirePermission(Permission.ManageRoles);
        root.AddMutation<AssignRolesInputType, AssociateType>(
            "assignRoles", "Sets the roles an associate holds; it takes effect on their next request.", "associate",
            [typeof(NotFoundErrorType), typeof(LastAdministratorErrorType)], AssignRolesAsync)
            .RequirePermission(Permission.ManageRoles);
    }

    private static async Task<MutationPayload> CreateRoleAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<CreateRoleInput>("input");
        var store = context.Store();
        var roles = await AllRolesAsync(store, context.CancellationToken).ConfigureAwait(false);
        var decision = RoleRules.Create(DocumentIds.New("role"), input.Name, input.Description, input.Permissions, roles.Select(r => r.Name));
        if (decision.Document is null)
        {
            return MutationPayload.Failure(RoleErrors.From(decision.Outcome, input.Name));
        }

        return MutationPayload.Success(await store.Roles.InsertAsync(decision.Document, context.CancellationToken).ConfigureAwait(false));
    }

    private static async Task<MutationPayload> UpdateRoleAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<UpdateRoleInput>("input");
        var id = GlobalId.Expect("Role", input.Id);
        var store = context.Store();
        var roles = await AllRolesAsync(store, context.CancellationToken).ConfigureAwait(false);
        var managers = await RoleManagersAsync(store, roles, context.CancellationToken).ConfigureAwait(false);
        var names = roles.Where(r => r.Id != id).Select(r => r.Name).ToList();
        var result = await store.Roles
            .UpdateAsync(id, current => RoleRules.Update(current, input.Name, input.Description, input.Permissions, names, managers, roles), context.CancellationToken)
            .ConfigureAwait(false);
        if (result is null)
        {
            return MutationPayload.Failure(new NotFoundError(input.Id));
        }

        return result.Outcome == RoleOutcome.Done
            ? MutationPayload.Success(result.Document)
            : MutationPayload.Failure(RoleErrors.From(result.Outcome, input.Name));
    }

    private static async Task<MutationPayload> DeleteRoleAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<DeleteRoleInput>("input");
        var id = GlobalId.Expect("Role", input.Id);
        var store = context.Store();
        var holders = await store.Associates
            .QueryAsync(new StoreQuery { Filter = new FieldCondition("roleIds", FilterOperator.Eq, id), Limit = 0, IncludeTotalCount = true }, context.CancellationToken)
            .ConfigureAwait(false);
        var held = holders.TotalCount ?? 0;
        var result = await store.Roles
            .DeleteAsync(id, role => RoleRules.CanDelete(role, held), o => o == RoleOutcome.Done, context.CancellationToken)
            .ConfigureAwait(false);
        if (result is null)
        {
            return MutationPayload.Failure(new NotFoundError(input.Id));
        }

        return result.Outcome == RoleOutcome.Done
            ? MutationPayload.Success(result.Document)
            : MutationPayload.Failure(RoleErrors.From(result.Outcome, result.Document?.Name, held));
    }

    private static async Task<MutationPayload> AssignRolesAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<AssignRolesInput>("input");
        var associateId = GlobalId.Expect("Associate", input.AssociateId);
        var roleIds = input.RoleIds.Select(r => GlobalId.Expect("Role", r)).ToList();
        var store = context.Store();
        var roles = await AllRolesAsync(store, context.CancellationToken).ConfigureAwait(false);
        if (input.RoleIds.FirstOrDefault(r => roles.All(known => known.Id != GlobalId.Expect("Role", r))) is { } unknown)
        {
            return MutationPayload.Failure(new NotFoundError(unknown));
        }

        // Checked before the write, so two administrators removing each other at the same moment can both pass;
        // role management is rare and manual, and either can be restored from the CLI token of another admin.
        var managers = await RoleManagersAsync(store, roles, context.CancellationToken).ConfigureAwait(false);
        var result = await store.Associates
            .UpdateAsync(associateId, current => RoleRules.Assign(current, roleIds, managers, roles), context.CancellationToken)
            .ConfigureAwait(false);
        if (result is null)
        {
            return MutationPayload.Failure(new NotFoundError(input.AssociateId));
        }

        return result.Outcome == RoleOutcome.Done
            ? MutationPayload.Success(result.Document)
            : MutationPayload.Failure(RoleErrors.From(result.Outcome, null));
    }

    private static async Task<IReadOnlyList<RoleDocument>> AllRolesAsync(ITrainingStore store, CancellationToken cancellationToken) =>
        (await store.Roles.QueryAsync(StoreQuery.All, cancellationToken).ConfigureAwait(false)).Items;

    private static async Task<IReadOnlyList<AssociateDocument>> RoleManagersAsync(ITrainingStore store, IReadOnlyList<RoleDocument> roles, CancellationToken cancellationToken)
    {
        var managing = RoleRules.RoleManagerRoleIds(roles).Cast<object?>().ToList();
        var page = await store.Associates
            .QueryAsync(new StoreQuery { Filter = new FieldCondition("roleIds", FilterOperator.In, managing) }, cancellationToken)
            .ConfigureAwait(false);
        return page.Items;
    }

}
