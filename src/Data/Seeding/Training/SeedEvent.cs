using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Seeding.Training;

/// <summary>Something a leader would have been told about: what, when, about which item, and the sentence's end.</summary>
internal readonly record struct SeedEvent(NotificationKind Kind, DateTime At, string SubjectId, string Detail);
