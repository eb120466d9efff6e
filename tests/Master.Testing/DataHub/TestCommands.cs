using Master.DataHub.Commands;

namespace Master.Testing.DataHub;

/// <summary>Commands for tests of the hubs.</summary>
public static class TestCommands
{
    /// <summary>
    /// A new pending restart of default/api created at <paramref name="now"/>; <paramref name="source"/> <c>ai</c> routes it
    /// to the ai topic.
    /// </summary>
    public static Command New(
        DateTimeOffset now, string clusterId = "c1", string? source = "web", TimeSpan? expiry = null, TimeSpan? resultTimeout = null) => new()
        {
            Id = Guid.NewGuid().ToString(),
            ClusterId = clusterId,
            Action = "restart",
            Kind = "Deployment",
            Namespace = "default",
            Name = "api",
            Source = source,
            CreatedBy = "admin",
            CreatedAt = now,
            ExpiresAt = now + (expiry ?? TimeSpan.FromMinutes(10)),
            ResultTimeout = resultTimeout ?? TimeSpan.FromMinutes(2),
        };
}
