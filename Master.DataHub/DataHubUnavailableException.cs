namespace Master.DataHub;

/// <summary>
/// Thrown by a hub whose backend cannot be reached (Redis down, a connection lost mid-call). Nothing was changed, or the
/// change may not have been applied: callers answer 503 and let the client retry, never a false success.
/// </summary>
public sealed class DataHubUnavailableException : Exception
{
    /// <summary>
    /// What a 503 for an unreachable hub tells the client to wait (<c>Retry-After</c>, in seconds): long enough for a
    /// reconnect, short enough that an agent's next cycle is not delayed.
    /// </summary>
    public const string RetryAfterSeconds = "5";

    /// <summary>Creates the exception with its standard message.</summary>
    public DataHubUnavailableException()
        : base("The DataHub backend is unreachable.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DataHubUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public DataHubUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
