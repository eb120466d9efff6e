using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;

namespace Master.Gateway.Metrics;

/// <summary>Everything recorded for one instrument, keyed by its rendered label set.</summary>
internal sealed class InstrumentMetrics
{
    private readonly ConcurrentDictionary<string, MetricSeries> _series = new(StringComparer.Ordinal);

    public InstrumentMetrics(Instrument instrument, MetricKind kind)
    {
        Instrument = instrument;
        Kind = kind;

        // An up-down sum is a level (polls parked now): show 0 before the first change rather than no series at all, so an
        // alert on it does not start from "absent". Only the untagged series can be known in advance.
        if (kind == MetricKind.UpDownSum)
        {
            _series[string.Empty] = new MetricSeries();
        }
    }

    public Instrument Instrument { get; }

    public MetricKind Kind { get; }

    public IEnumerable<KeyValuePair<string, MetricSeries>> Series => _series;

    public void Record(double measurement, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = RenderLabels(tags);
        _series.GetOrAdd(labels, static _ => new MetricSeries()).Record(Kind, measurement);
    }

    public static MetricKind? KindOf(Instrument instrument)
    {
        var type = instrument.GetType();
        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition switch
        {
            _ when definition == typeof(Counter<>) => MetricKind.Counter,
            _ when definition == typeof(ObservableCounter<>) => MetricKind.ObservedCounter,
            _ when definition == typeof(UpDownCounter<>) => MetricKind.UpDownSum,
            _ when definition == typeof(Gauge<>) || definition == typeof(ObservableGauge<>)
                || definition == typeof(ObservableUpDownCounter<>) => MetricKind.LastValue,
            _ when definition == typeof(Histogram<>) => MetricKind.Histogram,
            _ => null,
        };
    }

    private static string RenderLabels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.IsEmpty)
        {
            return string.Empty;
        }

        var sorted = tags.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var builder = new StringBuilder("{");
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            builder.Append(PrometheusText.Name(sorted[i].Key)).Append("=\"");
            PrometheusText.AppendLabelValue(builder, Convert.ToString(sorted[i].Value, System.Globalization.CultureInfo.InvariantCulture));
            builder.Append('"');
        }

        return builder.Append('}').ToString();
    }
}
