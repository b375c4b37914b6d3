namespace GraphTraining.Schema.Assignments;

public sealed record AssignCertificationInput(string AssociateId, string CertificationId, DateTime? DueAt, string? AddToJobFunctionId);

public sealed record AssignChecklistInput(string AssociateId, string ChecklistId, DateTime? DueAt, string? AddToJobFunctionId);
