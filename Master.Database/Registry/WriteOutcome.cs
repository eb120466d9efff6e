namespace Master.Database.Registry;

/// <summary>What a create or update of a registry row did.</summary>
public enum WriteOutcome
{
    /// <summary>The row was written.</summary>
    Written,

    /// <summary>Nothing was written: the id or a unique value (a cluster name) belongs to another row.</summary>
    Conflict,

    /// <summary>Nothing was written: there is no row with that id.</summary>
    NotFound,
}
