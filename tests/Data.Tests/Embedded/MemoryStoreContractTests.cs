using GraphTraining.Data.Embedded;
using GraphTraining.Data.Store;
using GraphTraining.Data.Tests.Store;

namespace GraphTraining.Data.Tests.Embedded;

/// <summary>The contract on the memory-only embedded store; it keeps nothing across a restart.</summary>
public sealed class MemoryStoreContractTests : TrainingStoreContractTests
{
    protected override Task<ITrainingStore> CreateStoreAsync() => Task.FromResult<ITrainingStore>(new EmbeddedTrainingStore());
}
