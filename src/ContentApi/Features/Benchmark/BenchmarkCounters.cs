using System.Diagnostics.Metrics;

namespace ContentApi.Features.Benchmark;

/// <summary>
/// Counts HTTP requests and the database commands Npgsql runs (from its own metrics, so EF Core and raw Npgsql alike,
/// background work included), for the benchmark's "SQL statements per request". A batch counts as one command; reads
/// send single statements.
/// </summary>
public sealed class BenchmarkCounters : IDisposable
{
    private const string NpgsqlMeter = "Npgsql";
    private const string CommandDuration = "db.client.operation.duration";

    private readonly MeterListener _listener = new();
    private long _requests;
    private long _commands;

    public BenchmarkCounters()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == NpgsqlMeter && instrument.Name == CommandDuration)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((_, _, _, _) => Interlocked.Increment(ref _commands));
        _listener.Start();
    }

    public long Requests => Interlocked.Read(ref _requests);

    public long Commands => Interlocked.Read(ref _commands);

    public void CountRequest() => Interlocked.Increment(ref _requests);

    public void Dispose() => _listener.Dispose();
}
