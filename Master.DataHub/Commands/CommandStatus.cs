namespace Master.DataHub.Commands;

/// <summary>The lifecycle of agent-protocol.md §11.3.</summary>
public enum CommandStatus
{
    /// <summary>Waiting in its queue.</summary>
    Pending,

    /// <summary>Taken by a poll; waiting for its result.</summary>
    Dispatched,

    /// <summary>Terminal: the first result said success.</summary>
    Succeeded,

    /// <summary>Terminal: the first result said failure.</summary>
    Failed,

    /// <summary>Terminal: dispatched, no result within the result timeout.</summary>
    Timeout,

    /// <summary>Terminal: not taken before its expiry.</summary>
    Expired,

    /// <summary>Terminal: cancelled by an operator while pending.</summary>
    Cancelled,
}
