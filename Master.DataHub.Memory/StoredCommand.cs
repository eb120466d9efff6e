using Master.DataHub.Commands;

namespace Master.DataHub.Memory;

/// <summary>The hub's slot for one command: the current immutable version and its enqueue order.</summary>
internal sealed class StoredCommand(Command command, long sequence)
{
    public Command Command { get; set; } = command;

    /// <summary>Breaks ties between commands created in the same instant, so listings keep enqueue order.</summary>
    public long Sequence { get; } = sequence;
}
