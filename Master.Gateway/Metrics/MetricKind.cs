namespace Master.Gateway.Metrics;

/// <summary>How an instrument's measurements aggregate and how Prometheus sees them.</summary>
internal enum MetricKind
{
    /// <summary>Monotonic sum of deltas (Counter): a Prometheus counter named <c>_total</c>.</summary>
    Counter,

    /// <summary>The last reported cumulative total (ObservableCounter): a Prometheus counter named <c>_total</c>.</summary>
    ObservedCounter,

    /// <summary>Sum of deltas that may go down (UpDownCounter): a Prometheus gauge.</summary>
    UpDownSum,

    /// <summary>The last reported value (Gauge, ObservableGauge, ObservableUpDownCounter): a Prometheus gauge.</summary>
    LastValue,

    /// <summary>Count and sum of recorded values (Histogram): a Prometheus summary without quantiles.</summary>
    Histogram,
}
