namespace Master.DataHub.Snapshots;

/// <summary>A Kubernetes label selector.</summary>
public sealed class LabelSelector
{
    /// <summary>Labels that must all match; empty when none.</summary>
    public Dictionary<string, string> MatchLabels { get; set => field = value ?? []; } = [];

    /// <summary>Set-based requirements that must all match; empty when none.</summary>
    public List<LabelExpr> MatchExpressions { get; set => field = value ?? []; } = [];
}
