using System.Text;

namespace Master.Gateway.Metrics;

/// <summary>Renders aggregates in the Prometheus text exposition format.</summary>
internal static class PrometheusWriter
{
    public static void WriteInstrument(StringBuilder output, InstrumentMetrics metrics)
    {
        var baseName = PrometheusText.Name(metrics.Instrument.Name);
        var (name, type) = metrics.Kind switch
        {
            MetricKind.Counter or MetricKind.ObservedCounter =>
                (baseName.EndsWith("_total", StringComparison.Ordinal) ? baseName : baseName + "_total", "counter"),
            MetricKind.Histogram => (baseName, "summary"),
            _ => (baseName, "gauge"),
        };

        WriteHeader(output, name, type, metrics.Instrument.Description);
        foreach (var (labels, series) in metrics.Series.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var (value, count) = series.Read();
            if (metrics.Kind == MetricKind.Histogram)
            {
                WriteSample(output, name + "_sum", labels, value);
                WriteSample(output, name + "_count", labels, count);
            }
            else
            {
                WriteSample(output, name, labels, value);
            }
        }
    }

    public static void WriteGauge(StringBuilder output, string name, string help, double value)
    {
        WriteHeader(output, name, "gauge", help);
        WriteSample(output, name, string.Empty, value);
    }

    private static void WriteHeader(StringBuilder output, string name, string type, string? help)
    {
        if (!string.IsNullOrEmpty(help))
        {
            output.Append("# HELP ").Append(name).Append(' ').Append(PrometheusText.Help(help)).Append('\n');
        }

        output.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
    }

    private static void WriteSample(StringBuilder output, string name, string labels, double value) =>
        output.Append(name).Append(labels).Append(' ').Append(PrometheusText.Value(value)).Append('\n');
}
