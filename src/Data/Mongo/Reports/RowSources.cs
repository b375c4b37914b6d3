using GraphTraining.Data.Reports;
using MongoDB.Bson;

namespace GraphTraining.Data.Mongo.Reports;

/// <summary>
/// The stages that turn <c>associates</c> into each kind of report row: <c>$unwind</c> the embedded array,
/// <c>$lookup</c> the catalog entry, <c>$project</c> exactly the row's elements with the values
/// <see cref="RowProjection"/> computes (a test evaluates these stages beside it over the same documents).
/// Sizes read <c>$ifNull: [.., []]</c> and nullable fields <c>$ifNull: [.., null]</c> so a missing element
/// projects as the embedded store's null, never as an absent field.
/// </summary>
internal static class RowSources
{
    private const string AssociateFields = """
        associateId: "$_id",
        employeeNumber: "$employeeNumber",
        displayName: "$displayName",
        locationId: "$locationId",
        leaderIds: { $ifNull: ["$leaderIds", []] },
        jobFunctionIds: { $map: { input: { $ifNull: ["$jobFunctions", []] }, in: "$$this.jobFunctionId" } },
        """;

    public static readonly IReadOnlyList<BsonDocument> Certifications = Stages(
        """{ $unwind: "$certifications" }""",
        """{ $lookup: { from: "certifications", localField: "certifications.certificationId", foreignField: "_id", as: "definition" } }""",
        """{ $unwind: { path: "$definition", preserveNullAndEmptyArrays: true } }""",
        $$"""
        { $project: {
            _id: { $concat: ["$_id", "/", "$certifications.certificationId"] },
            version: { $literal: NumberLong(0) },
            {{AssociateFields}}
            certificationId: "$certifications.certificationId",
            certificationName: { $ifNull: ["$definition.name", null] },
            status: "$certifications.status",
            source: "$certifications.source",
            tiersCompleted: { $size: { $filter: { input: { $ifNull: ["$certifications.tiers", []] }, cond: { $eq: ["$$this.status", "Completed"] } } } },
            tiersTotal: { $size: { $ifNull: ["$definition.tiers", []] } },
            currentTier: { $let: {
                vars: { best: { $reduce: {
                    input: { $filter: {
                        input: { $ifNull: ["$definition.tiers", []] },
                        as: "tier",
                        cond: { $in: ["$$tier.tierId", { $map: {
                            input: { $filter: { input: { $ifNull: ["$certifications.tiers", []] }, cond: { $eq: ["$$this.status", "Completed"] } } },
                            in: "$$this.tierId" } }] } } },
                    initialValue: null,
                    in: { $cond: [{ $or: [{ $eq: ["$$value", null] }, { $gt: ["$$this.order", "$$value.order"] }] }, "$$this", "$$value"] } } } },
                in: { $ifNull: ["$$best.name", null] } } },
            assignedAt: "$certifications.assignedAt",
            dueAt: { $ifNull: ["$certifications.dueAt", null] },
            certifiedAt: { $ifNull: ["$certifications.certifiedAt", null] },
            expiresAt: { $ifNull: ["$certifications.expiresAt", null] },
            revocationDetermination: { $ifNull: ["$certifications.revocation.determination", null] }
        } }
        """);

    public static readonly IReadOnlyList<BsonDocument> Checklists = Stages(
        """{ $unwind: "$checklists" }""",
        """{ $lookup: { from: "checklists", localField: "checklists.checklistId", foreignField: "_id", as: "definition" } }""",
        """{ $unwind: { path: "$definition", preserveNullAndEmptyArrays: true } }""",
        $$"""
        { $project: {
            _id: { $concat: ["$_id", "/", "$checklists.checklistId"] },
            version: { $literal: NumberLong(0) },
            {{AssociateFields}}
            checklistId: "$checklists.checklistId",
            checklistName: { $ifNull: ["$definition.name", null] },
            certificationId: { $ifNull: ["$checklists.certificationId", null] },
            status: "$checklists.status",
            source: "$checklists.source",
            itemsDone: { $size: { $ifNull: ["$checklists.items", []] } },
            itemsTotal: { $size: { $ifNull: ["$definition.items", []] } },
            percentComplete: { $cond: [
                { $eq: [{ $size: { $ifNull: ["$definition.items", []] } }, 0] },
                0,
                { $toInt: { $floor: { $divide: [
                    { $multiply: [{ $size: { $ifNull: ["$checklists.items", []] } }, 100] },
                    { $size: { $ifNull: ["$definition.items", []] } }] } } }] },
            milestonesReached: { $size: { $ifNull: ["$checklists.milestones", []] } },
            lastSkillBuilderId: { $let: {
                vars: { latest: { $reduce: {
                    input: { $ifNull: ["$checklists.items", []] },
                    initialValue: null,
                    in: { $cond: [{ $or: [{ $eq: ["$$value", null] }, { $gt: ["$$this.doneAt", "$$value.doneAt"] }] }, "$$this", "$$value"] } } } },
                in: { $ifNull: ["$$latest.doneBy", null] } } },
            assignedAt: "$checklists.assignedAt",
            startedAt: { $ifNull: ["$checklists.startedAt", null] },
            completedAt: { $ifNull: ["$checklists.completedAt", null] },
            dueAt: { $ifNull: ["$checklists.dueAt", null] }
        } }
        """);

    public static readonly IReadOnlyList<BsonDocument> Plans = Stages(
        """{ $unwind: "$plans" }""",
        """{ $lookup: { from: "planTypes", localField: "plans.planTypeId", foreignField: "_id", as: "planType" } }""",
        """{ $unwind: { path: "$planType", preserveNullAndEmptyArrays: true } }""",
        """{ $lookup: { from: "planOutcomes", localField: "plans.outcomeId", foreignField: "_id", as: "outcome" } }""",
        """{ $unwind: { path: "$outcome", preserveNullAndEmptyArrays: true } }""",
        $$"""
        { $project: {
            _id: { $concat: ["$_id", "/", "$plans.planId"] },
            version: { $literal: NumberLong(0) },
            {{AssociateFields}}
            planId: "$plans.planId",
            planTypeId: "$plans.planTypeId",
            planTypeName: { $ifNull: ["$planType.name", null] },
            status: "$plans.status",
            outcomeId: { $ifNull: ["$plans.outcomeId", null] },
            outcomeName: { $ifNull: ["$outcome.name", null] },
            createdBy: "$plans.createdBy",
            createdAt: "$plans.createdAt",
            dueAt: { $ifNull: ["$plans.dueAt", null] },
            completedAt: { $ifNull: ["$plans.completedAt", null] },
            meetingCount: { $size: { $ifNull: ["$plans.meetings", []] } },
            noteCount: { $size: { $ifNull: ["$plans.notes", []] } },
            evidenceCount: { $size: { $ifNull: ["$plans.evidence", []] } }
        } }
        """);

    public static IReadOnlyList<BsonDocument> For<TRow>() => typeof(TRow) switch
    {
        var t when t == typeof(CertificationRecord) => Certifications,
        var t when t == typeof(SkillBuildRecord) => Checklists,
        var t when t == typeof(PlanRecord) => Plans,
        var t => throw new ArgumentException($"{t.Name} is not a report row."),
    };

    private static List<BsonDocument> Stages(params string[] stages) => [.. stages.Select(BsonDocument.Parse)];
}
