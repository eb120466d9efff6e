using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Master.Gateway.Metrics;

/// <summary>
/// Listens to every instrument of every meter named <c>Master.*</c> that belongs to this host (created by its
/// <see cref="IMeterFactory"/>, or unscoped) and keeps their aggregates for <c>/metrics</c>.
/// </summary>
internal sealed class MasterMeterListener : IDisposable
{
    private const string MeterPrefix = "Master.";

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<Instrument, InstrumentMetrics> _instruments = new();
    private readonly IMeterFactory _meterFactory;
    private readonly Lock _collectLock = new();

    public MasterMeterListener(IMeterFactory meterFactory)
    {
        _meterFactory = meterFactory;
        _listener.InstrumentPublished = OnInstrumentPublished;
        _listener.MeasurementsCompleted = (instrument, _) => _instruments.TryRemove(instrument, out InstrumentMetrics? _);
        _listener.SetMeasurementEventCallback<byte>((i, v, t, s) => Record(s, v, t));
        _listener.SetMeasurementEventCallback<short>((i, v, t, s) => Record(s, v, t));
        _listener.SetMeasurementEventCallback<int>((i, v, t, s) => Record(s, v, t));
        _listener.SetMeasurementEventCallback<long>((i, v, t, s) => Record(s, v, t));
        _listener.SetMeasurementEventCallback<float>((i, v, t, s) => Record(s, v, t));
        _listener.SetMeasurementEventCallback<double>((i, v, t, s) => Record(s, v, t));
        _listener.SetMeasurementEventCallback<decimal>((i, v, t, s) => Record(s, (double)v, t));
        _listener.Start();
    }

    /// <summary>Polls the observable instruments, then returns every instrument's aggregates, ordered by name.</summary>
    public IReadOnlyList<InstrumentMetrics> Collect()
    {
        lock (_collectLock)
        {
            _listener.RecordObservableInstruments();
        }

        return [.. _instruments.Values.OrderBy(m => m.Instrument.Name, StringComparer.Ordinal)];
    }

    public void Dispose() => _listener.Dispose();

    private static void Record(object? state, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        ((InstrumentMetrics)state!).Record(value, tags);

    private void OnInstrumentPublished(Instrument instrument, MeterListener listener)
    {
        var meter = instrument.Meter;
        if (!meter.Name.StartsWith(MeterPrefix, StringComparison.Ordinal)
            || (meter.Scope is not null && !ReferenceEquals(meter.Scope, _meterFactory))
            || InstrumentMetrics.KindOf(instrument) is not { } kind)
        {
            return;
        }

        var metrics = _instruments.GetOrAdd(instrument, i => new InstrumentMetrics(i, kind));
        listener.EnableMeasurementEvents(instrument, metrics);
    }
}
