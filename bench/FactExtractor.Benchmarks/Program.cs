using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/FactExtractor.Benchmarks -- --filter '*'
// Every class shares one job (7 measured iterations after 2 warm-ups, one process each case) and
// reports medians, the ratio to the baseline row (jieba.NET's Cut) and allocations.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(7).AsDefault())
    .AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max)
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(FactExtractor.Benchmarks.Inputs).Assembly).Run(args, config);
