namespace Master.DataHub.Snapshots;

/// <summary>Capacity or allocatable resources of a node.</summary>
public sealed class NodeResources
{
    /// <summary>CPU (millicores once normalised).</summary>
    public Quantity Cpu { get; set; }

    /// <summary>Memory (bytes once normalised).</summary>
    public Quantity Memory { get; set; }

    /// <summary>Pod slots (a count).</summary>
    public Quantity Pods { get; set; }

    /// <summary>Ephemeral storage (bytes once normalised).</summary>
    public Quantity EphemeralStorage { get; set; }

    /// <summary>Extended resources such as hugepages-2Mi or nvidia.com/gpu; empty when none.</summary>
    public Dictionary<string, Quantity> ScalarResources { get; set => field = value ?? []; } = [];
}
