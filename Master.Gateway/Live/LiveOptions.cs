using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Master.Gateway.Live;

/// <summary>Limits of <c>/api/v2/subscribe</c>: how much one client may fall behind and how long a send may take.</summary>
internal sealed class LiveOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Master:Gateway:Live";

    /// <summary>
    /// Messages waiting for one client; a client with this many unsent messages is closed as too slow (default 256).
    /// </summary>
    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 256;

    /// <summary>
    /// How long one send, or the closing handshake, may take before the client is dropped without a close frame
    /// (default 10 s).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest message a client may send, in bytes; a longer one closes the connection with 1009 (default 4096).</summary>
    [Range(64, 1_048_576)]
    public int MaxClientMessageBytes { get; set; } = 4096;
}

/// <summary>Validates <see cref="LiveOptions"/> at start-up.</summary>
[OptionsValidator]
internal sealed partial class LiveOptionsValidator : IValidateOptions<LiveOptions>;
