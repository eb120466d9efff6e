using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace Master.Benchmarks;

/// <summary>Adds P95, P99 and Max next to the mean: a control plane is judged by its tail as much as by its average.</summary>
internal sealed class TailLatencyConfig : ManualConfig
{
    public TailLatencyConfig() => AddColumn(StatisticColumn.P95, P99Column.Instance, StatisticColumn.Max);
}
