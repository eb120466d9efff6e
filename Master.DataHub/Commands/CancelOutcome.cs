namespace Master.DataHub.Commands;

/// <summary>What <see cref="ICommandStore.CancelCommandAsync"/> did.</summary>
public enum CancelOutcome
{
    /// <summary>The pending command is now cancelled and will never be delivered.</summary>
    Cancelled,

    /// <summary>The command was no longer pending (dispatched or terminal); nothing changed.</summary>
    NotPending,

    /// <summary>No command has that id.</summary>
    UnknownCommand,
}
