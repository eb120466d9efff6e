namespace Master.LoadTest;

/// <summary>What a scenario learns from its simulated agents.</summary>
internal interface IAgentObserver
{
    /// <summary>A poll reply carried a command; the agent posts its result when the returned task completes.</summary>
    Task DeliveredAsync(Delivery delivery, CancellationToken cancellationToken);

    /// <summary>
    /// Master answered 200 to the result of <paramref name="delivery"/>, which it does once the result is in the history;
    /// <paramref name="recordedAt"/> is a Stopwatch timestamp.
    /// </summary>
    void ResultRecorded(Delivery delivery, long recordedAt);
}
