namespace Master.Database.Commands;

/// <summary>A piece of a command's output, at its position in one stream.</summary>
/// <param name="Stream">The stream, such as <c>stdout</c> or <c>stderr</c>.</param>
/// <param name="Offset">Where the piece starts in the stream: with the command and stream, the key of the chunk.</param>
/// <param name="Data">The text of the piece.</param>
public sealed record CommandLogChunk(string Stream, long Offset, string Data);
