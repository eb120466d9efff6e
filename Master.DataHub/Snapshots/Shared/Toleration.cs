namespace Master.DataHub.Snapshots;

/// <summary>A pod toleration.</summary>
public sealed class Toleration
{
    /// <summary>The taint key tolerated; empty means every key.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Exists or Equal.</summary>
    public string Operator { get; set; } = string.Empty;

    /// <summary>The taint value tolerated.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>The taint effect tolerated; empty means every effect.</summary>
    public string Effect { get; set; } = string.Empty;

    /// <summary>Seconds a NoExecute taint is tolerated; 0 when not set.</summary>
    public long TolerationSeconds { get; set; }
}
