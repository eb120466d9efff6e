namespace Master.Processor.Quantities;

/// <summary>The class of a <c>qtymap</c> entry, decided by its key (agent-protocol.md §6.2).</summary>
internal static class QuantityClasses
{
    /// <summary>
    /// <c>cpu</c> and keys ending in <c>.cpu</c> are CPU; <c>memory</c>, <c>storage</c>, <c>ephemeral-storage</c>, keys
    /// ending in one of those after a dot, and hugepages keys are bytes; everything else is a count.
    /// </summary>
    public static QuantityClass ForKey(ReadOnlySpan<char> key)
    {
        if (key.SequenceEqual("cpu") || key.EndsWith(".cpu", StringComparison.Ordinal))
        {
            return QuantityClass.Cpu;
        }

        if (IsBytesName(key)
            || key.StartsWith("hugepages-", StringComparison.Ordinal)
            || key.Contains(".hugepages-", StringComparison.Ordinal))
        {
            return QuantityClass.Bytes;
        }

        var dot = key.LastIndexOf('.');
        return dot >= 0 && IsBytesName(key[(dot + 1)..]) ? QuantityClass.Bytes : QuantityClass.Count;
    }

    private static bool IsBytesName(ReadOnlySpan<char> name) =>
        name.SequenceEqual("memory") || name.SequenceEqual("storage") || name.SequenceEqual("ephemeral-storage");
}
