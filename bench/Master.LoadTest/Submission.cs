namespace Master.LoadTest;

/// <summary>
/// One scheduled submission of the sustained run: when it was sent and answered, and how. A mutable struct in one
/// preallocated array, so that tens of thousands of in-flight requests record themselves without allocating or locking
/// (each writes only its own slot).
/// </summary>
internal struct Submission
{
    public long SentAt;
    public long AnsweredAt;

    /// <summary>The HTTP status, or 0 when the request failed without one.</summary>
    public int Status;
    public string? Id;
}
