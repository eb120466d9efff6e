using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Master.Security;

/// <summary>Accounts, sessions and secrets at rest (docs/security.md).</summary>
public sealed class SecurityOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Master:Security";

    /// <summary>The folder holding <c>secret.key</c> and <c>initial-admin-password</c> (<c>MASTER_DATA_DIR</c>).</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>The first administrator's login name (<c>MASTER_ADMIN_USERNAME</c>, default <c>admin</c>).</summary>
    [Required]
    [RegularExpression(Accounts.Usernames.Pattern)]
    public string AdminUsername { get; set; } = "admin";

    /// <summary>
    /// The first administrator's password (<c>MASTER_ADMIN_PASSWORD</c>); when unset and no user exists, one is
    /// generated, logged once and written to <c>initial-admin-password</c>.
    /// </summary>
    public string? AdminPassword { get; set; }

    /// <summary>How long a login session lasts (<c>MASTER_SESSION_TTL</c>, default 24 h).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan SessionTtl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Base64 of the 32-byte key that encrypts secrets at rest (<c>MASTER_SECRET_KEY</c>); when unset, one is generated
    /// into <c>secret.key</c> on first start.
    /// </summary>
    public string? SecretKey { get; set; }

    /// <summary>How often the last use of tokens is written, coalesced (default 30 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan TokenUsageFlushInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a failed write of audit entries or security events waits before it is retried (default 5 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>Validates <see cref="SecurityOptions"/> at start-up.</summary>
[OptionsValidator]
internal sealed partial class SecurityOptionsValidator : IValidateOptions<SecurityOptions>;
