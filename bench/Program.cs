using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using GraphTraining.Bench;

// `memory --associates N`: peak memory with N associates loaded and one query run; anything else: BenchmarkDotNet.
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
