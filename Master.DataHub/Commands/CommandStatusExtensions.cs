namespace Master.DataHub.Commands;

/// <summary>Helpers on <see cref="CommandStatus"/>.</summary>
public static class CommandStatusExtensions
{
    /// <summary>True for the statuses a command never leaves.</summary>
    public static bool IsTerminal(this CommandStatus status) =>
        status is not (CommandStatus.Pending or CommandStatus.Dispatched);

    /// <summary>The wire name: <c>pending</c>, <c>dispatched</c>, <c>succeeded</c>, ...</summary>
    public static string ToWireName(this CommandStatus status) => status switch
    {
        CommandStatus.Pending => "pending",
        CommandStatus.Dispatched => "dispatched",
        CommandStatus.Succeeded => "succeeded",
        CommandStatus.Failed => "failed",
        CommandStatus.Timeout => "timeout",
        CommandStatus.Expired => "expired",
        CommandStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The topic a command from <paramref name="source"/> is routed to: <c>ai</c> exactly selects the ai topic.</summary>
    public static CommandTopic TopicForSource(string? source) =>
        string.Equals(source, "ai", StringComparison.Ordinal) ? CommandTopic.Ai : CommandTopic.Ops;
}
