using System.Runtime.CompilerServices;

// The SQLite durability tests read per-connection pragmas through EmbeddedTrainingStore.ReadPragmaAsync.
[assembly: InternalsVisibleTo("GraphTraining.Data.Tests")]
