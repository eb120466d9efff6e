using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema.Kinds;

/// <summary>The <c>pvs</c> kind.</summary>
internal static class PersistentVolumeKind
{
    public static KindSchema Build() =>
        new KindSchemaBuilder<PersistentVolume>("pvs", namespaced: false, snapshot => snapshot.PersistentVolumes, "pv", "persistentvolumes")
        .Common(
            name: volume => volume.Name,
            ns: null,
            created: volume => volume.CreatedAt,
            labels: volume => volume.Labels,
            uid: volume => volume.Uid,
            ownerKind: volume => volume.OwnerKind,
            ownerName: volume => volume.OwnerName)
        .Enum("status", volume => volume.Phase, "Available", "Bound", "Released", "Failed", "Pending")
        .Memory("capacity", volume => volume.Capacity)
        .Text("storage_class", volume => volume.StorageClass)
        .TextList("access_modes", volume => volume.AccessModes, FieldType.Enum, PersistentVolumeClaimKind.AccessModes)
        .Enum("reclaim_policy", volume => volume.ReclaimPolicy, "Retain", "Delete", "Recycle")
        .Text("claim", volume => volume.ClaimRefName.Length > 0 ? $"{volume.ClaimRefNamespace}/{volume.ClaimRefName}" : null)
        .Defaults("name", "capacity", "access_modes", "reclaim_policy", "status", "claim", "storage_class", "age")
        .Build();
}
