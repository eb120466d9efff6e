namespace Master.AgentSdk.Body;

/// <summary>Thrown inside the body reader when the received bytes pass the limit.</summary>
internal sealed class PayloadTooLargeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PayloadTooLargeException()
        : base("The request body is larger than the limit.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PayloadTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public PayloadTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
