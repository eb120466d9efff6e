using Master.DataHub.Snapshots;

namespace Master.Query.Language.Schema.Kinds;

/// <summary>The <c>pvcs</c> kind.</summary>
internal static class PersistentVolumeClaimKind
{
    /// <summary>The access modes Kubernetes knows, shared with the <c>pvs</c> kind.</summary>
    public static readonly string[] AccessModes = ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"];

    public static KindSchema Build() =>
        new KindSchemaBuilder<PersistentVolumeClaim>(
            "pvcs", namespaced: true, snapshot => snapshot.PersistentVolumeClaims, "pvc", "persistentvolumeclaims")
        .Common(
            name: claim => claim.Name,
            ns: claim => claim.Namespace,
            created: claim => claim.CreatedAt,
            labels: claim => claim.Labels,
            uid: claim => claim.Uid,
            ownerKind: claim => claim.OwnerKind,
            ownerName: claim => claim.OwnerName)
        .Enum("status", claim => claim.Phase, "Pending", "Bound", "Lost")
        .Text("storage_class", claim => claim.StorageClass)
        .Memory("capacity", claim => claim.ActualCapacity)
        .Memory("requested", claim => claim.RequestedCapacity)
        .TextList("access_modes", claim => claim.AccessModes, FieldType.Enum, AccessModes)
        .Text("volume_name", claim => claim.VolumeName)
        .Enum("volume_mode", claim => claim.VolumeMode, "Filesystem", "Block")
        .Defaults("namespace", "name", "status", "volume_name", "capacity", "access_modes", "storage_class", "age")
        .Build();
}
