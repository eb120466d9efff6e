namespace Master.Host.Configuration;

/// <summary>How console logs are written (<c>MASTER_LOG_FORMAT</c>).</summary>
internal enum LogFormat
{
    /// <summary>One readable line per event.</summary>
    Text,

    /// <summary>One JSON object per event.</summary>
    Json,
}
