using GraphTraining.Data.Documents;
using GraphTraining.Data.Seeding;

namespace GraphTraining.Data.Tests.Seeding;

public class DemoDataDeterminismTests
{
    [Fact]
    public void The_same_options_give_byte_identical_documents()
    {
        var first = Canonical(DemoDataGenerator.Generate(new DemoDataOptions()));
        var second = Canonical(DemoDataGenerator.Generate(new DemoDataOptions()));

        Assert.Equal(first.Count, second.Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public void An_unspecified_or_local_now_means_the_same_instant_as_utc()
    {
        var utc = new DemoDataOptions { Associates = 80 };
        var unspecified = utc with { Now = DateTime.SpecifyKind(utc.Now, DateTimeKind.Unspecified) };
        var local = utc with { Now = utc.Now.ToLocalTime() };

        var expected = Canonical(DemoDataGenerator.Generate(utc));

        Assert.Equal(expected, Canonical(DemoDataGenerator.Generate(unspecified)));
        Assert.Equal(expected, Canonical(DemoDataGenerator.Generate(local)));
    }

    [Fact]
    public void Another_seed_gives_other_people()
    {
        var usual = DemoDataGenerator.Generate(new DemoDataOptions { Associates = 80 });
        var other = DemoDataGenerator.Generate(new DemoDataOptions { Associates = 80, Seed = 7 });

        Assert.NotEqual(usual.Associates.Select(a => a.DisplayName), other.Associates.Select(a => a.DisplayName));
    }

    [Fact]
    public void Ids_are_prefixed_per_collection_and_sort_in_creation_order()
    {
        var data = DemoDataGenerator.Generate(new DemoDataOptions());

        AssertIds(data.Locations, "loc-");
        AssertIds(data.JobFunctions, "jf-");
        AssertIds(data.Certifications, "cert-");
        AssertIds(data.Checklists, "chk-");
        AssertIds(data.PlanTypes, "pt-");
        AssertIds(data.PlanOutcomes, "po-");
        AssertIds(data.Roles, "role-");
        AssertIds(data.Notifications, "n-");
        AssertIds(data.Associates, "a-");
        Assert.Equal("a-000001", data.Associates[0].Id);
        Assert.All(data.Associates, a => Assert.Matches("^a-[0-9]{6}$", a.Id));
        Assert.Equal(data.Associates.Select(a => a.Id), data.Associates.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(data.Notifications.Select(n => n.Id), data.Notifications.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.All(data.Associates.SelectMany(a => a.Plans.Select(p => (a.Id, p.PlanId))), p => Assert.StartsWith(p.Id + "-pl", p.PlanId, StringComparison.Ordinal));
    }

    private static void AssertIds<T>(IReadOnlyList<T> documents, string prefix) where T : Document
    {
        Assert.All(documents, d => Assert.StartsWith(prefix, d.Id, StringComparison.Ordinal));
        Assert.Equal(documents.Count, documents.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
    }

    private static List<string> Canonical(DemoDataSet data) =>
    [
        .. data.Locations.Select(DocumentMapping.ToCanonicalJson),
        .. data.JobFunctions.Select(DocumentMapping.ToCanonicalJson),
        .. data.Certifications.Select(DocumentMapping.ToCanonicalJson),
        .. data.Checklists.Select(DocumentMapping.ToCanonicalJson),
        .. data.PlanTypes.Select(DocumentMapping.ToCanonicalJson),
        .. data.PlanOutcomes.Select(DocumentMapping.ToCanonicalJson),
        .. data.Roles.Select(DocumentMapping.ToCanonicalJson),
        .. data.Notifications.Select(DocumentMapping.ToCanonicalJson),
        .. data.Associates.Select(DocumentMapping.ToCanonicalJson),
    ];
}
