namespace Master.Database.Commands;

/// <summary>One page of commands, newest first.</summary>
/// <param name="Items">The commands of this page.</param>
/// <param name="Next">Where the next page starts, or null when this is the last one.</param>
public sealed record CommandPage(IReadOnlyList<CommandRecord> Items, CommandCursor? Next);
