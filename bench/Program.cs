using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using GraphTraining.Bench;

// `memory --from DIR`: peak memory of a server-like process loading an embedded data directory (made by the
// server's `seed` command) and answering one query. `memory --associates N`: the same after seeding N in
// process (generation included). Anything else: BenchmarkDotNet.
if (args is ["memory", "--from", var directory])
{
    var clock = System.Diagnostics.Stopwatch.StartNew();
    using var store = new GraphTraining.Data.Embedded.EmbeddedTrainingStore(new GraphTraining.Data.Store.StoreOptions { DataDirectory = directory });
    var loaded = clock.Elapsed;
    var page = await store.Associates.QueryAsync(new GraphTraining.Data.Store.StoreQuery { Limit = 50, IncludeTotalCount = true });
    GC.Collect();
    using var process = Process.GetCurrentProcess();
    Console.WriteLine(FormattableString.Invariant(
        $"{page.TotalCount} associates loaded in {loaded.TotalSeconds:F1} s: managed heap {GC.GetTotalMemory(true) / 1048576.0:F0} MiB, peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB"));
    return;
}

if (args is ["memory", "--associates", var count])
{
    using var workforce = Workforce.Create(int.Parse(count, CultureInfo.InvariantCulture));
    await workforce.ExecuteAsync("{ associates(first: 50) { totalCount nodes { displayName certifications { status } } } }");
    GC.Collect();
    using var process = Process.GetCurrentProcess();
    Console.WriteLine(FormattableString.Invariant(
        $"{count} associates: managed heap {GC.GetTotalMemory(true) / 1048576.0:F0} MiB, peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB"));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AssociateQueryBenchmarks).Assembly).Run(args);
