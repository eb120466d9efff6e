using Master.DataHub.Commands;

namespace Master.Fleet.Commands;

/// <summary>What a cancel did, and the command as it is now (null when unknown).</summary>
/// <param name="Outcome">Cancelled, not pending any more, or unknown.</param>
/// <param name="Command">The command after the attempt.</param>
public sealed record CommandCancellation(CancelOutcome Outcome, Command? Command);
