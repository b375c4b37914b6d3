using GraphTraining.Data.Embedded;
using GraphTraining.Data.Reports;
using GraphTraining.Data.Seeding;

namespace GraphTraining.Data.Tests.Reports;

/// <summary>The default demo data in a memory-only store, with every row projected once for the LINQ reference.</summary>
public sealed class DemoReportStore : IAsyncLifetime
{
    public DemoDataSet Data { get; } = DemoDataGenerator.Generate(new DemoDataOptions());

    public EmbeddedTrainingStore Store { get; } = new();

    public IReadOnlyList<CertificationRecord> Certifications { get; private set; } = [];

    public IReadOnlyList<SkillBuildRecord> SkillBuilds { get; private set; } = [];

    public IReadOnlyList<PlanRecord> Plans { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await Store.Locations.InsertManyAsync(Data.Locations);
        await Store.JobFunctions.InsertManyAsync(Data.JobFunctions);
        await Store.Certifications.InsertManyAsync(Data.Certifications);
        await Store.Checklists.InsertManyAsync(Data.Checklists);
        await Store.PlanTypes.InsertManyAsync(Data.PlanTypes);
        await Store.PlanOutcomes.InsertManyAsync(Data.PlanOutcomes);
        await Store.Associates.InsertManyAsync(Data.Associates);
        var catalog = new ReportCatalog(Data.Certifications, Data.Checklists, Data.PlanTypes, Data.PlanOutcomes);
        Certifications = [.. Data.Associates.SelectMany(a => RowProjection.Certifications(a, catalog))];
        SkillBuilds = [.. Data.Associates.SelectMany(a => RowProjection.Checklists(a, catalog))];
        Plans = [.. Data.Associates.SelectMany(a => RowProjection.Plans(a, catalog))];
    }

    public Task DisposeAsync() => Store.DisposeAsync().AsTask();
}
