namespace Master.DataHub;

/// <summary>The outcome of a hub health check.</summary>
/// <param name="Healthy">True when the hub is running and its backend answered.</param>
/// <param name="Backend">The backend's name, <c>memory</c> or <c>redis</c>.</param>
/// <param name="Detail">Why the hub is unhealthy; null when healthy.</param>
public sealed record DataHubHealth(bool Healthy, string Backend, string? Detail = null);
