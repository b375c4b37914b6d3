using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Seeding.Catalog;

/// <summary>
/// Plan types and outcomes: the two defaults, a custom type someone activated and a draft one left inactive (new
/// types start inactive), active outcomes plus one draft outcome.
/// </summary>
internal static class DemoPlanSettings
{
    public const string PerformanceImprovement = "pt-performance-improvement";
    public const string ReturnToWork = "pt-return-to-work";
    public const string Development = "pt-development";
    public const string ProbationReview = "pt-probation-review";

    public static IReadOnlyList<PlanTypeDocument> PlanTypes { get; } =
    [
        new()
        {
            Id = PerformanceImprovement,
            Name = "Performance Improvement Plan",
            Description = "A structured plan to bring performance back to the expected standard.",
            IsActive = true,
            IsDefault = true,
        },
        new()
        {
            Id = ReturnToWork,
            Name = "Return to Work Plan",
            Description = "Support and adjustments for an associate returning after an absence.",
            IsActive = true,
            IsDefault = true,
        },
        new()
        {
            Id = Development,
            Name = "Development Plan",
            Description = "Stretch goals for an associate preparing for a bigger role.",
            IsActive = true,
        },
        new()
        {
            Id = ProbationReview,
            Name = "Probation Review",
            Description = "Draft: a structured review for new starters before probation ends.",
        },
    ];

    public static IReadOnlyList<PlanOutcomeDocument> PlanOutcomes { get; } =
    [
        new() { Id = "po-pass", Name = "Pass", Description = "The objective was met.", Colour = "#2E7D32", IsActive = true },
        new() { Id = "po-fail", Name = "Fail", Description = "The objective was not met.", Colour = "#C62828", IsActive = true },
        new() { Id = "po-extended", Name = "Extended", Description = "More time was agreed to meet the objective.", Colour = "#F9A825", IsActive = true },
        new() { Id = "po-partially-met", Name = "Partially met", Description = "Some of the objective was met.", Colour = "#EF6C00", IsActive = true },
        new() { Id = "po-withdrawn", Name = "Withdrawn", Description = "Draft: the plan no longer applies.", Colour = "#757575" },
    ];
}
