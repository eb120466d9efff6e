namespace Master.Fleet.Commands;

/// <summary>A command's output streams, each its chunks in offset order (agent-protocol.md §11.5 G6).</summary>
/// <param name="Stdout">The standard output.</param>
/// <param name="Stderr">The standard error.</param>
public sealed record CommandLogs(string Stdout, string Stderr);
