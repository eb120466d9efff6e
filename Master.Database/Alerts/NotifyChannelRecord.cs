namespace Master.Database.Alerts;

/// <summary>
/// A notification channel. Its secret fields are stored only as the encrypted blob the caller passes; the repository
/// never sees them in the clear.
/// </summary>
/// <param name="Id">The channel id, assigned by the database; 0 when creating.</param>
/// <param name="Name">The name, unique across channels (case-sensitive).</param>
/// <param name="Kind">The channel type, such as <c>webhook</c> or <c>email</c>.</param>
/// <param name="Config">The settings without secrets, as JSON.</param>
/// <param name="EncryptedSecrets">The secret fields, encrypted by the caller with <c>MASTER_SECRET_KEY</c>, or null.</param>
/// <param name="Enabled">Whether the channel is used.</param>
/// <param name="LastTestAt">When the channel was last tested (UTC), or null.</param>
/// <param name="LastTestStatus">The outcome of that test, or null.</param>
/// <param name="LastTestMessage">Its message, or null.</param>
/// <param name="CreatedAt">When it was created (UTC); set by the repository.</param>
/// <param name="UpdatedAt">When it last changed (UTC); set by the repository.</param>
public sealed record NotifyChannelRecord(
    long Id,
    string Name,
    string Kind,
    string Config,
    string? EncryptedSecrets,
    bool Enabled,
    DateTimeOffset? LastTestAt = null,
    string? LastTestStatus = null,
    string? LastTestMessage = null,
    DateTimeOffset CreatedAt = default,
    DateTimeOffset UpdatedAt = default);
