using Xunit.Sdk;

namespace GraphTraining.Data.Tests.Store;

/// <summary>
/// A contract test that reopens the store. It runs for store kinds whose test class overrides
/// <see cref="TrainingStoreContractTests.ReopenAsync"/> and is reported as skipped, with the reason, for the others.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("GraphTraining.Data.Tests.Store.RestartFactDiscoverer", "GraphTraining.Data.Tests")]
public sealed class RestartFactAttribute : FactAttribute;
