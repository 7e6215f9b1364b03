using FrameworkGuide.ReloadBench;
using FrameworkGuide.ToolSupport;

// Times how long a content change takes to reach the running site's pages.
// See docs/benchmarks/reload.md for what it measures and how to read the figures.
return await ToolProgram.RunAsync(args, BenchOptions.Parse, options => options.ShowHelp, BenchOptions.Usage, Bench.RunAsync);
