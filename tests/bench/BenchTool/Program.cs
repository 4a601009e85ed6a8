using ContentApi.Bench;

// tests/bench/run.sh drives these steps; each reads and writes plain JSON files in the run's work directory.
return args switch
{
    ["discover", var baseUrl, var work] => await Discovery.RunAsync(new Uri(baseUrl), work),
    ["measure", var baseUrl, var work, var phase, var rounds, var duration, var warmup] =>
        await Measurement.RunAsync(new Uri(baseUrl), work, phase, int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture), duration, warmup),
    ["report", var work, var label, var results, var readme] => await Report.RunAsync(work, label, results, readme),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: BenchTool discover <base-url> <work-dir>");
    Console.Error.WriteLine("       BenchTool measure <base-url> <work-dir> <uncached|cached> <rounds> <duration> <warmup>");
    Console.Error.WriteLine("       BenchTool report <work-dir> <label> <results-dir> <README.md>");
    return 2;
}
