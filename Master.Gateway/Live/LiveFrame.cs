namespace Master.Gateway.Live;

/// <summary>One message ready for the wire: serialised once, then sent as is to every client of its topic.</summary>
/// <param name="Topic">The topic a client must hold to receive it; <see cref="LiveTopic.None"/> for a reply to one client.</param>
/// <param name="Utf8">The JSON text.</param>
internal readonly record struct LiveFrame(LiveTopic Topic, ReadOnlyMemory<byte> Utf8);
