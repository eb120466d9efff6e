using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Master.Benchmarks;

// Tail latency matters as much as the mean for a control plane, so every report carries P95, P99 and Max.
var config = DefaultConfig.Instance.AddColumn(StatisticColumn.P95, P99Column.Instance, StatisticColumn.Max);
BenchmarkSwitcher.FromAssembly(typeof(P99Column).Assembly).Run(args, config);
