namespace Master.Host.Configuration;

/// <summary>The live-state backend of <c>MASTER_DATAHUB_TYPE</c>.</summary>
internal enum DataHubType
{
    /// <summary>In process memory: one instance, the embedded default.</summary>
    Memory,

    /// <summary>On Redis, shared by several instances.</summary>
    Redis,
}
