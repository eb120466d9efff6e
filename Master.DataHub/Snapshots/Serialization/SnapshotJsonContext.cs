using System.Text.Json.Serialization;

namespace Master.DataHub.Snapshots.Serialization;

/// <summary>
/// Source-generated metadata for the snapshot model: camelCase names, case-insensitive matching (R4), unknown members
/// skipped (R3), nulls omitted on write, and the strict converters for R1/R5/R6 and the never-rejecting time and quantity.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate,
    Converters =
    [
        typeof(StrictStringConverter),
        typeof(StrictInt32Converter),
        typeof(StrictInt64Converter),
        typeof(StrictDoubleConverter),
        typeof(StrictBooleanConverter),
        typeof(TimestampJsonConverter),
        typeof(QuantityJsonConverter),
    ])]
[JsonSerializable(typeof(ClusterSnapshot))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext;
