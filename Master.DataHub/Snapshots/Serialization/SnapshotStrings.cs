using System.Buffers.Binary;
using System.Text;
using System.Text.Json;

namespace Master.DataHub.Snapshots.Serialization;

/// <summary>
/// Hands out one string instance per distinct short value while a snapshot is being decoded. A snapshot repeats a few
/// thousand strings hundreds of thousands of times ("True", "TCP", label keys, images, namespaces, "100m"); sharing
/// them roughly halves the strings the stored snapshot holds and the garbage the decoder leaves for the GC.
/// </summary>
/// <remarks>
/// A small two-way set-associative table on the decoding thread, active only between <see cref="Begin"/> and
/// <see cref="End"/> and emptied at the end, so it never keeps a string alive past the decode. Only unescaped ASCII
/// values up to <see cref="MaxLength"/> bytes are shared: long or non-ASCII values are rarely repeated.
/// </remarks>
internal sealed class SnapshotStrings
{
    private const int MaxLength = 64;
    private const int Sets = 8192; // a power of two; two entries per set

    [ThreadStatic]
    private static SnapshotStrings? _current;

    [ThreadStatic]
    private static SnapshotStrings? _spare;

    private readonly string?[] _values = new string?[Sets * 2];
    private readonly int[] _hashes = new int[Sets * 2];

    /// <summary>Starts sharing on this thread; null when a decode on this thread already shares (nothing to end).</summary>
    public static SnapshotStrings? Begin()
    {
        if (_current is not null)
        {
            return null;
        }

        SnapshotStrings table = _spare ?? new SnapshotStrings();
        _spare = null;
        _current = table;
        return table;
    }

    /// <summary>Stops sharing on this thread and forgets every string the table held.</summary>
    public void End()
    {
        Array.Clear(_values);
        _current = null;
        _spare = this;
    }

    /// <summary>The current string token as a string, shared with equal earlier values of this decode where possible.</summary>
    public static string Read(ref Utf8JsonReader reader)
    {
        if (_current is { } table && !reader.HasValueSequence && !reader.ValueIsEscaped && reader.ValueSpan.Length <= MaxLength)
        {
            return table.GetOrAdd(ref reader, reader.ValueSpan);
        }

        return reader.GetString()!;
    }

    private string GetOrAdd(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }

        int hash = Hash(utf8);
        int first = (hash & (Sets - 1)) * 2;
        if (Matches(first, hash, utf8))
        {
            return _values[first]!;
        }

        if (Matches(first + 1, hash, utf8))
        {
            return _values[first + 1]!;
        }

        // GetString, not a plain transcode, so invalid UTF-8 fails exactly as it does without the table.
        string value = reader.GetString()!;
        _values[first + 1] = _values[first];
        _hashes[first + 1] = _hashes[first];
        _values[first] = value;
        _hashes[first] = hash;
        return value;
    }

    private bool Matches(int slot, int hash, ReadOnlySpan<byte> utf8) =>
        _hashes[slot] == hash && _values[slot] is { } candidate && candidate.Length == utf8.Length && Ascii.Equals(utf8, candidate);

    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        ulong h = (ulong)utf8.Length;
        while (utf8.Length >= 8)
        {
            h = Mix(h ^ BinaryPrimitives.ReadUInt64LittleEndian(utf8));
            utf8 = utf8[8..];
        }

        ulong tail = 0;
        for (int i = utf8.Length - 1; i >= 0; i--)
        {
            tail = (tail << 8) | utf8[i];
        }

        h = Mix(h ^ tail);
        return (int)(h ^ (h >> 32));
    }

    private static ulong Mix(ulong x)
    {
        x *= 0x9E37_79B9_7F4A_7C15;
        return x ^ (x >> 29);
    }
}
