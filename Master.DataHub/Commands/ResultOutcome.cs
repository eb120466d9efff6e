namespace Master.DataHub.Commands;

/// <summary>What <see cref="ICommandStore.CompleteCommandAsync"/> did with a result.</summary>
public enum ResultOutcome
{
    /// <summary>The result decided the command (dispatched or pending → succeeded/failed).</summary>
    Recorded,

    /// <summary>A result was already recorded; this one was ignored.</summary>
    Duplicate,

    /// <summary>The command had become timeout; the result was kept as <see cref="Command.LateResult"/>, the status stays.</summary>
    Late,

    /// <summary>The command was expired or cancelled; the result was ignored.</summary>
    Ignored,

    /// <summary>No command has that id.</summary>
    UnknownCommand,
}
