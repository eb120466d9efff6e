namespace Master.DataHub.Snapshots;

/// <summary>One set-based label selector requirement.</summary>
public sealed class LabelExpr
{
    /// <summary>The label key.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>In, NotIn, Exists or DoesNotExist.</summary>
    public string Operator { get; set; } = string.Empty;

    /// <summary>The values for In and NotIn; empty when none.</summary>
    public List<string> Values { get; set => field = value ?? []; } = [];
}
