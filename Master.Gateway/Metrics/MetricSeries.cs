namespace Master.Gateway.Metrics;

/// <summary>The aggregate of one instrument for one set of tags.</summary>
internal sealed class MetricSeries
{
    private readonly Lock _lock = new();
    private double _value;
    private long _count;

    public void Record(MetricKind kind, double measurement)
    {
        lock (_lock)
        {
            switch (kind)
            {
                case MetricKind.ObservedCounter or MetricKind.LastValue:
                    _value = measurement;
                    break;
                default:
                    _value += measurement;
                    break;
            }

            _count++;
        }
    }

    public (double Value, long Count) Read()
    {
        lock (_lock)
        {
            return (_value, _count);
        }
    }
}
