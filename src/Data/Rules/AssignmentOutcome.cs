namespace GraphTraining.Data.Rules;

/// <summary>What an assignment rule decided, with every eligibility mismatch when it refused for eligibility.</summary>
public sealed record AssignmentOutcome(AssignmentOutcomeKind Kind, IReadOnlyList<AssignmentMismatch> Mismatches)
{
    public static AssignmentOutcome Done { get; } = new(AssignmentOutcomeKind.Done, []);

    public static AssignmentOutcome AlreadyAssigned { get; } = new(AssignmentOutcomeKind.AlreadyAssigned, []);

    public static AssignmentOutcome PermanentlyRevoked { get; } = new(AssignmentOutcomeKind.PermanentlyRevoked, []);

    public static AssignmentOutcome JobFunctionNotRequired { get; } = new(AssignmentOutcomeKind.JobFunctionNotRequired, []);

    public static AssignmentOutcome NotEligible(IReadOnlyList<AssignmentMismatch> mismatches) => new(AssignmentOutcomeKind.NotEligible, mismatches);
}
