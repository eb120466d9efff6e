using System.ComponentModel.DataAnnotations;
using Master.AgentSdk.Auth;
using Microsoft.Extensions.Options;

namespace Master.AgentSdk;

/// <summary>Settings of the agent channel (agent-protocol.md); the host maps the <c>MASTER_*</c> variables onto them.</summary>
public sealed class AgentSdkOptions : IValidatableObject
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Master:AgentSdk";

    /// <summary>The longest hold of a command poll (<c>MASTER_COMMAND_POLL_TIMEOUT</c>, default 25 s); above 0 and below 60 s.</summary>
    public TimeSpan CommandPollTimeout { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>
    /// The largest request body accepted, counted both as received and after decompression
    /// (<c>MASTER_SNAPSHOT_MAX_BYTES</c>, default 256 MiB); at least 1 KiB.
    /// </summary>
    [Range(1024, long.MaxValue)]
    public long SnapshotMaxBytes { get; set; } = 268_435_456;

    /// <summary>Whether agents must present a bearer token (<c>MASTER_AGENT_AUTH</c>, default <see cref="AgentAuthMode.Off"/>).</summary>
    [EnumDataType(typeof(AgentAuthMode))]
    public AgentAuthMode AgentAuth { get; set; } = AgentAuthMode.Off;

    /// <summary>
    /// The raw <c>MASTER_AGENT_TOKENS</c> value: comma-separated <c>clusterId=token</c> entries and at most one
    /// <c>*=token</c> shared entry; required when <see cref="AgentAuth"/> is <see cref="AgentAuthMode.Token"/>.
    /// </summary>
    public string? AgentTokens { get; set; }

    /// <summary>How many snapshot bodies are decoded at once (default: the processor count).</summary>
    [Range(1, 4096)]
    public int MaxConcurrentDecodes { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// How many snapshot pushes may wait for a decoding slot (default: twice the processor count); a push beyond the
    /// running and waiting ones is answered <c>503 busy</c> with <c>Retry-After</c>.
    /// </summary>
    [Range(0, 65536)]
    public int MaxQueuedSnapshots { get; set; } = 2 * Environment.ProcessorCount;

    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        if (CommandPollTimeout <= TimeSpan.Zero || CommandPollTimeout >= TimeSpan.FromSeconds(60))
        {
            yield return new ValidationResult(
                "MASTER_COMMAND_POLL_TIMEOUT must be above 0 and below 60 s (the agent gives each poll cycle 60 s).",
                [nameof(CommandPollTimeout)]);
        }

        if (AgentAuth == AgentAuthMode.Token || !string.IsNullOrWhiteSpace(AgentTokens))
        {
            var error = AgentTokenTable.TryParse(AgentTokens, out _);
            if (error is not null)
            {
                yield return new ValidationResult(error, [nameof(AgentTokens)]);
            }
        }
    }
}

/// <summary>Validates <see cref="AgentSdkOptions"/> at start-up, including the token list of §11.1 A1.</summary>
[OptionsValidator]
internal sealed partial class AgentSdkOptionsValidator : IValidateOptions<AgentSdkOptions>;
