using GraphTraining.Data.Seeding;

namespace GraphTraining.Data.Tests.Seeding;

/// <summary>The default demo data, generated once per test class that asks for it.</summary>
public sealed class DefaultDemoData
{
    public DemoDataIndex Index { get; } = DemoDataIndex.Generate(new DemoDataOptions());
}
