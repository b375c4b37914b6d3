using GraphTraining.Data.Documents;
using static GraphTraining.Data.Seeding.Training.CertificationStory;

namespace GraphTraining.Data.Seeding.Training;

/// <summary>Which story a certification can have, given how long the associate has had since they could start it.</summary>
internal static class CertificationStories
{
    /// <summary>The shortest skill building for a certification: two days per checklist, never less than two.</summary>
    public static TimeSpan MinimumSpan(CertificationDefinitionDocument definition) =>
        SeedTime.Day * Math.Max(2, 2 * definition.ChecklistIds.Count);

    public static CertificationStory Choose(
        SeedContext context,
        CertificationDefinitionDocument definition,
        TimeSpan window,
        bool blocked,
        int dueInDays,
        bool veteran)
    {
        var span = MinimumSpan(definition);
        bool Fits(TimeSpan needed) => !blocked && window >= needed;
        var canExpire = definition.ValidForDays is { } valid && Fits(span + SeedTime.Day * (valid + 2));
        var certifiable = Fits(span + SeedTime.Hour);
        if (veteran)
        {
            return certifiable ? Certified : Fits(SeedTime.Day * 2) ? InProgress : Assigned;
        }

        var late = window >= SeedTime.Day * dueInDays;
        return Pick.State(context.Random, context.Coverage, CoverageAreas.Certification, (ReadOnlySpan<(CertificationStory, int)>)
        [
            (Assigned, late ? 5 : 30),
            (Reassigned, late && Fits(span + SeedTime.Day * 4) ? 2 : 0),
            (InProgress, Fits(SeedTime.Day * 2) ? late ? 12 : 50 : 0),
            (Certified, certifiable ? late ? 52 : 20 : 0),
            (Reinstated, late && Fits(span + SeedTime.Day * 4) ? 3 : 0),
            (Expired, late && canExpire ? 20 : 0),
            (Suspended, late && Fits(span + SeedTime.Day * 3) ? 3 : 0),
            (RevokedForRecertification, late && Fits(span + SeedTime.Day * 3) ? 3 : 0),
            (RevokedPermanently, late && Fits(span + SeedTime.Day * 3) ? 2 : 0),
        ]);
    }

    public static CertificationStatus StatusOf(CertificationStory story) => story switch
    {
        Assigned or Reassigned => CertificationStatus.Assigned,
        InProgress => CertificationStatus.InProgress,
        Certified or Reinstated => CertificationStatus.Certified,
        Expired => CertificationStatus.Expired,
        Suspended => CertificationStatus.Suspended,
        _ => CertificationStatus.Revoked,
    };

    /// <summary>The determination of the revocation in the story, if it has one (a reinstated suspension included).</summary>
    public static RevocationDetermination? DeterminationOf(CertificationStory story) => story switch
    {
        Suspended or Reinstated => RevocationDetermination.Suspension,
        RevokedForRecertification or Reassigned => RevocationDetermination.Recertification,
        RevokedPermanently => RevocationDetermination.Permanent,
        _ => null,
    };
}
