using Xunit.Sdk;

namespace GraphTraining.Data.Tests.Store;

/// <summary>
/// A contract test. It runs unless the concrete test class says its store cannot be reached here (a public
/// static <c>SkipReason</c>), in which case it is reported as skipped with that reason, never as passed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("GraphTraining.Data.Tests.Store.ContractFactDiscoverer", "GraphTraining.Data.Tests")]
public sealed class ContractFactAttribute : FactAttribute;
