namespace GraphTraining.Schema.Plans;

public sealed record CreatePlanTypeInput(string Name, string? Description, bool? IsActive);

public sealed record UpdatePlanTypeInput(string Id, string? Name, string? Description, bool? IsActive);

public sealed record CreatePlanOutcomeInput(string Name, string? Description, string Colour, bool? IsActive);

public sealed record UpdatePlanOutcomeInput(string Id, string? Name, string? Description, string? Colour, bool? IsActive);

public sealed record DeleteInput(string Id);
