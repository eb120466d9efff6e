namespace Master.DataHub.Snapshots;

/// <summary>
/// A snapshot body that is not one JSON object of the snapshot's shape (agent-protocol.md §3 step 6, R5, R6); the agent
/// channel answers it with <c>400 invalid_json</c>. The message is one sentence naming where the problem is.
/// </summary>
public sealed class SnapshotJsonException : Exception
{
    /// <summary>Creates the exception with a message and no location.</summary>
    public SnapshotJsonException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message, the location of the problem and the underlying error.</summary>
    public SnapshotJsonException(string message, string? path, long? lineNumber, long? bytePositionInLine, Exception? innerException)
        : base(message, innerException)
    {
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>The JSON path of the offending value (<c>$.pods[0].status.restarts</c>); null when not known.</summary>
    public string? Path { get; }

    /// <summary>The 1-based line of the problem; null when not known.</summary>
    public long? LineNumber { get; }

    /// <summary>The 1-based byte position of the problem within its line; null when not known.</summary>
    public long? BytePositionInLine { get; }
}
