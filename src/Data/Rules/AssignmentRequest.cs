namespace GraphTraining.Data.Rules;

/// <summary>Who assigns, when, by when it is due, and the job function to add to the associate on the way (if any).</summary>
public sealed record AssignmentRequest(string? AssignedBy, DateTime At, DateTime? DueAt, string? AddToJobFunctionId);
