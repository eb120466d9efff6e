namespace Master.Gateway.Live;

/// <summary>The wire names of <see cref="LiveTopic"/>.</summary>
internal static class LiveTopics
{
    private static readonly (string Name, LiveTopic Topic)[] Known =
    [
        ("clusters", LiveTopic.Clusters),
        ("commands", LiveTopic.Commands),
        ("alerts", LiveTopic.Alerts),
    ];

    /// <summary>Every topic name, for error messages.</summary>
    public static string KnownNames { get; } = string.Join(", ", Known.Select(known => known.Name));

    /// <summary>The topic named <paramref name="name"/> exactly (names are case-sensitive), or <see cref="LiveTopic.None"/>.</summary>
    public static LiveTopic Parse(string name)
    {
        foreach (var (knownName, topic) in Known)
        {
            if (string.Equals(name, knownName, StringComparison.Ordinal))
            {
                return topic;
            }
        }

        return LiveTopic.None;
    }

    /// <summary>The names of the topics in <paramref name="topics"/>, always in the same order.</summary>
    public static IReadOnlyList<string> Names(LiveTopic topics) =>
        [.. Known.Where(known => topics.HasFlag(known.Topic)).Select(known => known.Name)];
}
