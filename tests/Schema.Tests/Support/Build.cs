using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.Tests.Support;

/// <summary>Documents with sensible defaults, so a test shows only what it cares about.</summary>
public static class Build
{
    public static readonly DateTime At = new(2026, 5, 1, 9, 30, 0, DateTimeKind.Utc);

    public static AssociateDocument Associate(string id, string? name = null) => new()
    {
        Id = id,
        EmployeeNumber = $"E-{id}",
        FirstName = name ?? $"First {id}",
        LastName = "Tester",
        DisplayName = name ?? $"Associate {id}",
        LocationId = "loc-1",
        HiredAt = At.AddYears(-1),
    };

    public static LocationDocument Location(string id, string name = "Main Street") => new() { Id = id, Name = name };

    public static CertificationDefinitionDocument Certification(string id, string name = "Forklift") => new()
    {
        Id = id,
        Name = name,
        Tiers = [new CertificationTier { TierId = "t1", Name = "Basic", Order = 1 }, new CertificationTier { TierId = "t2", Name = "Advanced", Order = 2 }],
    };

    public static PlanTypeDocument PlanType(string id, string name, bool isActive = false, bool isDefault = false) =>
        new() { Id = id, Name = name, IsActive = isActive, IsDefault = isDefault };

    public static PlanOutcomeDocument PlanOutcome(string id, string name, bool isActive = false) =>
        new() { Id = id, Name = name, Colour = "#2E7D32", IsActive = isActive };
}
