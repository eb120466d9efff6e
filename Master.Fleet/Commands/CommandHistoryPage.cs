using Master.Database.Commands;
using Master.DataHub.Commands;

namespace Master.Fleet.Commands;

/// <summary>One page of the command history, newest first, with outputs that carry secrets masked.</summary>
/// <param name="Items">The commands of this page.</param>
/// <param name="Total">How many commands the query selects on all pages.</param>
/// <param name="Next">Where the next page starts, or null on the last one.</param>
public sealed record CommandHistoryPage(IReadOnlyList<Command> Items, long Total, CommandCursor? Next);
