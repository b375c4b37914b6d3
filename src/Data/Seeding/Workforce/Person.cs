using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Seeding.Workforce;

/// <summary>Everything about one associate that is fixed before their training is generated.</summary>
internal sealed class Person
{
    public required int Number { get; init; }

    public required string Id { get; init; }

    public required PersonKind Kind { get; init; }

    public required string LocationId { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public required DateTime HiredAt { get; init; }

    public required IReadOnlyList<string> RoleIds { get; init; }

    public IReadOnlyList<AssociateJobFunction> JobFunctions { get; set; } = [];

    public IReadOnlyList<string> UserGroups { get; set; } = [];

    public IReadOnlyList<string> LeaderIds { get; set; } = [];

    public string? TeamLeaderId { get; set; }

    public string? SeniorLeaderId { get; set; }

    public string DisplayName => FirstName + " " + LastName;

    /// <summary>Leaders and trainers have long finished their own training; frontline associates are anywhere along it.</summary>
    public bool IsVeteran => Kind != PersonKind.Frontline;
}
