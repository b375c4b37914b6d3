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
using GraphTraining.Schema.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema.Assignments;

/// <summary>The associate profile: assign a certification or a skill build checklist by hand.</summary>
public sealed class AssignmentMutations : IRootFields<MutationType>
{
    private static readonly Type[] Errors =
        [typeof(NotFoundErrorType), typeof(NotEligibleErrorType), typeof(AlreadyAssignedErrorType), typeof(JobFunctionNotRequiredErrorType)];

    public void AddTo(MutationType root)
    {
        root.AddMutation<AssignCertificationInputType, AssociateType>(
            "assignCertification",
            "Assigns a certification, with its tiers and the checklists beneath it, to an associate who meets its eligibility; leaders are notified.",
            "associate", [.. Errors, typeof(PermanentlyRevokedErrorType)], AssignCertificationAsync)
            .RequirePermission(Permission.AssignCertifications);
        root.AddMutation<AssignChecklistInputType, AssociateType>(
            "assignChecklist",
            "Assigns a skill build checklist to an associate who meets its eligibility; leaders are notified.",
            "associate", Errors, AssignChecklistAsync)
            .RequirePermission(Permission.AssignChecklists);
    }

    private static async Task<MutationPayload> AssignCertificationAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<AssignCertificationInput>("input");
        var associateId = GlobalId.Expect("Associate", input.AssociateId);
        var certificationId = GlobalId.Expect("CertificationDefinition", input.CertificationId);
        var jobFunctionId = input.AddToJobFunctionId is null ? null : GlobalId.Expect("JobFunction", input.AddToJobFunctionId);
        var store = context.Store();
        if (!await IsVisibleAsync(context, associateId).ConfigureAwait(false))
        {
            return MutationPayload.Failure(new NotFoundError(input.AssociateId));
        }

        var definition = await store.Certifications.GetByIdAsync(certificationId, context.CancellationToken).ConfigureAwait(false);
        if (definition is null)
        {
            return MutationPayload.Failure(new NotFoundError(input.CertificationId));
        }

        var request = await RequestAsync(context, input.DueAt, jobFunctionId).ConfigureAwait(false);
        var result = await store.Associates
            .UpdateAsync(associateId, current => AssignmentRules.AssignCertification(current, definition, request), context.CancellationToken)
            .ConfigureAwait(false);
        return await FinishAsync(context, result, input.AssociateId, input.AddToJobFunctionId, definition.Id, definition.Name, definition.Eligibility, NotificationKind.CertificationAssigned, request)
            .ConfigureAwait(false);
    }

    private static async Task<MutationPayload> AssignChecklistAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<AssignChecklistInput>("input");
        var associateId = GlobalId.Expect("Associate", input.AssociateId);
        var checklistId = GlobalId.Expect("ChecklistDefinition", input.ChecklistId);
        var jobFunctionId = input.AddToJobFunctionId is null ? null : GlobalId.Expect("JobFunction", input.AddToJobFunctionId);
        var store = context.Store();
        if (!await IsVisibleAsync(context, associateId).ConfigureAwait(false))
        {
            return MutationPayload.Failure(new NotFoundError(input.AssociateId));
        }

        var definition = await store.Checklists.GetByIdAsync(checklistId, context.CancellationToken).ConfigureAwait(false);
        if (definition is null)
        {
            return MutationPayload.Failure(new NotFoundError(input.ChecklistId));
        }

        var request = await RequestAsync(context, input.DueAt, jobFunctionId).ConfigureAwait(false);
        var result = await store.Associates
            .UpdateAsync(associateId, current => AssignmentRules.AssignChecklist(current, definition, request), context.CancellationToken)
            .ConfigureAwait(false);
        return await FinishAsync(context, result, input.AssociateId, input.AddToJobFunctionId, definition.Id, definition.Name, definition.Eligibility, NotificationKind.ChecklistAssigned, request)
            .ConfigureAwait(false);
    }

    // Scope is checked before the write; an associate moved out of reach in between is still assigned, as it
    // would have been a moment earlier, and nothing about them is read back beyond what the payload returns.
    private static async Task<bool> IsVisibleAsync(IResolveFieldContext context, string associateId)
    {
        var visible = context.RequestServices!.GetRequiredService<VisibleAssociates>();
        return (await visible.GetByIdsAsync([associateId], context.CancellationToken).ConfigureAwait(false)).Count == 1;
    }

    private static async Task<AssignmentRequest> RequestAsync(IResolveFieldContext context, DateTime? dueAt, string? jobFunctionId)
    {
        var viewer = await context.Viewer().ConfigureAwait(false);
        return new AssignmentRequest(viewer.AssociateId, WholeMilliseconds(DateTime.UtcNow), dueAt is { } due ? WholeMilliseconds(Utc(due)) : null, jobFunctionId);
    }

    private static async Task<MutationPayload> FinishAsync(
        IResolveFieldContext context, RuleResult<AssociateDocument, AssignmentOutcome>? result, string associateGlobalId, string? jobFunctionGlobalId,
        string subjectId, string subjectName, AssignmentEligibility eligibility, NotificationKind kind, AssignmentRequest request)
    {
        if (result is null)
        {
            return MutationPayload.Failure(new NotFoundError(associateGlobalId));
        }

        var store = context.Store();
        switch (result.Outcome.Kind)
        {
            case AssignmentOutcomeKind.Done:
                break;
            case AssignmentOutcomeKind.NotEligible:
                var message = await NotEligibleMessageAsync(store, result.Document!, subjectName, eligibility, result.Outcome.Mismatches, context.CancellationToken).ConfigureAwait(false);
                return MutationPayload.Failure(new NotEligibleError(result.Outcome.Mismatches, message));
            case AssignmentOutcomeKind.AlreadyAssigned:
                return MutationPayload.Failure(new AlreadyAssignedError(subjectName));
            case AssignmentOutcomeKind.PermanentlyRevoked:
                return MutationPayload.Failure(new PermanentlyRevokedError(subjectName));
            case AssignmentOutcomeKind.JobFunctionNotRequired:
                return MutationPayload.Failure(new JobFunctionNotRequiredError(jobFunctionGlobalId ?? ""));
            default:
                throw new ArgumentOutOfRangeException(nameof(result), result.Outcome.Kind, "Unknown assignment outcome.");
        }

        var associate = result.Document!;
        var notifications = associate.LeaderIds.Distinct(StringComparer.Ordinal).Select(leaderId => new NotificationDocument
        {
            Id = DocumentIds.New("ntf"),
            RecipientId = leaderId,
            AssociateId = associate.Id,
            Kind = kind,
            SubjectId = subjectId,
            Message = $"{subjectName} was assigned to {associate.DisplayName}.",
            CreatedAt = request.At,
        }).ToList();

        // A second document collection, written after the associate: not atomic with it, and that is safe. The
        // assignment on the associate is the source of truth; if this write fails the associate is fully assigned
        // and the notification can be derived again from it, whereas the reverse order could tell a leader about
        // an assignment that never happened. There is never a half-assigned associate.
        if (notifications.Count > 0)
        {
            await store.Notifications.InsertManyAsync(notifications, context.CancellationToken).ConfigureAwait(false);
        }

        return MutationPayload.Success(associate);
    }

    private static async Task<string> NotEligibleMessageAsync(
        ITrainingStore store, AssociateDocument associate, string subjectName, AssignmentEligibility eligibility,
        IReadOnlyList<AssignmentMismatch> mismatches, CancellationToken cancellationToken)
    {
        var parts = new List<string>();
        foreach (var mismatch in mismatches)
        {
            parts.Add(mismatch switch
            {
                AssignmentMismatch.UserGroup => $"one of the user groups {string.Join(", ", eligibility.UserGroups)}",
                AssignmentMismatch.Location => $"location {await NamesAsync(store.Locations, eligibility.LocationIds, l => l.Name, cancellationToken).ConfigureAwait(false)}",
                AssignmentMismatch.JobFunction => $"one of the job functions {await NamesAsync(store.JobFunctions, eligibility.JobFunctionIds, j => j.Name, cancellationToken).ConfigureAwait(false)}",
                _ => mismatch.ToString(),
            });
        }

        return $"{associate.DisplayName} is not eligible for '{subjectName}': it requires {string.Join("; ", parts)}.";
    }

    // Names for people; an id whose document is gone still shows, as its id.
    private static async Task<string> NamesAsync<T>(IDocumentCollection<T> collection, IReadOnlyList<string> ids, Func<T, string> name, CancellationToken cancellationToken)
        where T : Document
    {
        var found = (await collection.GetByIdsAsync(ids, cancellationToken).ConfigureAwait(false)).ToDictionary(d => d.Id, name, StringComparer.Ordinal);
        return string.Join(", ", ids.Select(id => found.GetValueOrDefault(id, id)));
    }

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    private static DateTime WholeMilliseconds(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);

}
