namespace Master.DataHub.Changes;

/// <summary>Thrown to a change-feed subscriber that fell too far behind; it missed changes and must re-read state.</summary>
public sealed class ChangeFeedOverflowException : Exception
{
    /// <summary>Creates the exception with its standard message.</summary>
    public ChangeFeedOverflowException()
        : base("The change-feed subscriber fell too far behind and was cut off; resubscribe and re-read state.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ChangeFeedOverflowException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ChangeFeedOverflowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
