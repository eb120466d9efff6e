using System.Runtime.InteropServices;
using Master.DataHub.Snapshots;
using Master.Processor.Quantities;

namespace Master.Processor.Processing;

/// <summary>
/// Reads the quantities and checks the times of one snapshot in place, collecting a <see cref="ProcessorWarning"/> with
/// its §6.4 path for every value it could not read. One instance per snapshot; the kinds are walked in the partial files.
/// </summary>
internal sealed partial class SnapshotNormaliser
{
    private const int MaxWarningValueLength = 64;

    private readonly string _clusterId;
    private readonly FieldPath _path = new();
    private List<ProcessorWarning>? _warnings;

    public SnapshotNormaliser(string clusterId) => _clusterId = clusterId;

    /// <summary>The warnings so far, in walk order.</summary>
    public IReadOnlyList<ProcessorWarning> Warnings => _warnings ?? (IReadOnlyList<ProcessorWarning>)[];

    /// <summary>Enters a list element (<c>pods[3]</c>) or a nested object (<c>status</c>); pair with <see cref="Leave"/>.</summary>
    public void Enter(string name, int index = -1) => _path.Push(name, index);

    /// <summary>Leaves what <see cref="Enter"/> entered.</summary>
    public void Leave() => _path.Pop();

    /// <summary>Returns <paramref name="quantity"/> with its value normalised for its class; null and a warning when unreadable.</summary>
    public Quantity Read(Quantity quantity, QuantityClass quantityClass, string field)
    {
        var value = Normalise(quantity.Raw, quantityClass, out var reason);
        if (reason is not null)
        {
            AddWarning(_path.Render(field), quantity.Raw, reason);
        }

        return new Quantity(quantity.Raw, value);
    }

    /// <summary>Normalises every entry of a qtymap by the class of its key; <paramref name="ratios"/> makes every entry a count.</summary>
    public void ReadMap(Dictionary<string, Quantity> map, string field, bool ratios = false)
    {
        foreach (var (key, quantity) in map)
        {
            var quantityClass = ratios ? QuantityClass.Count : QuantityClasses.ForKey(key);
            var value = Normalise(quantity.Raw, quantityClass, out var reason);
            if (reason is not null)
            {
                AddWarning(_path.Render(field, key), quantity.Raw, reason);
            }

            // Writing through the value slot does not invalidate the enumerator, unlike the indexer.
            CollectionsMarshal.GetValueRefOrNullRef(map, key) = new Quantity(quantity.Raw, value);
        }
    }

    /// <summary>Records <c>malformed_time</c> when the agent sent a time that did not parse.</summary>
    public void Check(Timestamp time, string field)
    {
        if (time.Malformed is { } raw)
        {
            AddWarning(_path.Render(field), raw, WarningReasons.MalformedTime);
        }
    }

    private static double? Normalise(string raw, QuantityClass quantityClass, out string? reason)
    {
        reason = null;
        switch (QuantityParser.Parse(raw, quantityClass, out var value))
        {
            case QuantityParseStatus.Ok:
                return value;
            case QuantityParseStatus.Malformed:
                reason = WarningReasons.MalformedQuantity;
                return null;
            case QuantityParseStatus.OutOfRange:
                reason = WarningReasons.QuantityOutOfRange;
                return null;
            default:
                return null;
        }
    }

    private void AddWarning(string path, string raw, string reason)
    {
        var length = Math.Min(raw.Length, MaxWarningValueLength);
        if (length < raw.Length && char.IsHighSurrogate(raw[length - 1]))
        {
            length--;
        }

        var value = length == raw.Length ? raw : raw[..length];
        (_warnings ??= []).Add(new ProcessorWarning(_clusterId, path, value, reason));
    }
}
