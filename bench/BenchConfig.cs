using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace GraphTraining.Bench;

/// <summary>
/// In-process (no per-benchmark build), 15 measured iterations, median and P95 beside the mean, and every
/// result as a ratio to the hand-written baseline of the same run, since shared machines are noisy.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15).WithLaunchCount(1));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95);
    }
}
