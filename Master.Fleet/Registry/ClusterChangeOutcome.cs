namespace Master.Fleet.Registry;

/// <summary>What <see cref="IClusterRegistry.ChangeAsync"/> did.</summary>
public enum ClusterChangeOutcome
{
    /// <summary>The change was stored.</summary>
    Changed,

    /// <summary>No cluster has that id.</summary>
    NotFound,

    /// <summary>Another cluster already has the requested name; nothing was stored.</summary>
    NameTaken,
}
