namespace Master.DataHub.Snapshots;

/// <summary>An environment variable of a container.</summary>
public sealed class EnvVar
{
    /// <summary>The variable name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The literal value; empty when it comes from a reference.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>The reference, one of configmap:NAME, secret:NAME, field:PATH or resource:NAME; empty for a literal.</summary>
    public string ValueFrom { get; set; } = string.Empty;
}
