using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Master.Gateway;

/// <summary>Settings of the web API.</summary>
public sealed class GatewayOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Master:Gateway";

    /// <summary>How long <c>/readyz</c> waits for each dependency before it reports it unavailable (default 2 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:30")]
    public TimeSpan ReadinessTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The window the login limits count in (default 5 min).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LoginWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Login attempts one address may make per <see cref="LoginWindow"/> (default 30).</summary>
    [Range(1, 100_000)]
    public int LoginAttemptsPerAddress { get; set; } = 30;

    /// <summary>Login attempts for one username per <see cref="LoginWindow"/>, from anywhere (default 10).</summary>
    [Range(1, 100_000)]
    public int LoginAttemptsPerUser { get; set; } = 10;

    /// <summary>Requests per second one token (or, without a valid token, one address) may make on average (default 50).</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerSecond { get; set; } = 50;

    /// <summary>Requests one token may make at once above the average, for a page that loads many things (default 200).</summary>
    [Range(1, 1_000_000)]
    public int RequestBurst { get; set; } = 200;
}

/// <summary>Validates <see cref="GatewayOptions"/> at start-up.</summary>
[OptionsValidator]
internal sealed partial class GatewayOptionsValidator : IValidateOptions<GatewayOptions>;
