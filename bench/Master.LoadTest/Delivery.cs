namespace Master.LoadTest;

/// <summary>A command a simulated agent read from its poll reply, with the <c>Stopwatch</c> timestamp of that moment.</summary>
internal sealed record Delivery(int Agent, string CommandId, long ReceivedAt);
