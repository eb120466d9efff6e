using System.IO.Compression;

namespace Master.Testing.Snapshots;

/// <summary>A generated snapshot in the agent's wire format together with the answers tests assert on.</summary>
public sealed class SnapshotFixture
{
    private readonly byte[] _json;

    internal SnapshotFixture(byte[] json, SnapshotFixtureFacts facts)
    {
        _json = json;
        Facts = facts;
    }

    /// <summary>The known answers about the snapshot.</summary>
    public SnapshotFixtureFacts Facts { get; }

    /// <summary>Length of the JSON in bytes.</summary>
    public int JsonLength => _json.Length;

    /// <summary>A fresh copy of the decompressed JSON, as the agent marshals it.</summary>
    public byte[] ToJson() => (byte[])_json.Clone();

    /// <summary>The JSON gzipped as the agent sends it (one member, default level).</summary>
    public byte[] ToGzip()
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(_json);
        }

        return output.ToArray();
    }
}
