using System.Globalization;
using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Seeding.Catalog;

/// <summary>Short constructors that keep the catalog files readable as data.</summary>
internal static class CatalogBuilders
{
    public static IReadOnlyList<ChecklistItem> Items(params string[] texts) =>
        texts.Select((text, i) => new ChecklistItem { ItemId = LocalId("i", i + 1), Text = text, Order = i + 1 }).ToList();

    public static IReadOnlyList<ChecklistMilestone> Milestones(params (string Name, int AfterItems)[] milestones) =>
        milestones.Select((m, i) => new ChecklistMilestone { MilestoneId = LocalId("m", i + 1), Name = m.Name, AfterItems = m.AfterItems }).ToList();

    public static IReadOnlyList<CertificationTier> Tiers(params string[] names) =>
        names.Select((name, i) => new CertificationTier { TierId = LocalId("t", i + 1), Name = name, Order = i + 1 }).ToList();

    public static ActionPlanItem Due(string definitionId, int days, string? name = null) =>
        new() { DefinitionId = definitionId, DueInDays = days, Name = name };

    private static string LocalId(string prefix, int number) => prefix + number.ToString("D2", CultureInfo.InvariantCulture);
}
