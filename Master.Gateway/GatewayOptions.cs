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
}

/// <summary>Validates <see cref="GatewayOptions"/> at start-up.</summary>
[OptionsValidator]
internal sealed partial class GatewayOptionsValidator : IValidateOptions<GatewayOptions>;
