using System.Security.Cryptography;
using System.Text;

namespace Master.Database.Schema;

/// <summary>
/// The <c>cluster_events.dedup_key</c> of an event: its Kubernetes uid when it has one, else its involved object and
/// reason. One unique constraint on (cluster_id, dedup_key) then enforces both rules on every engine; MySQL has no
/// partial index to say "unique on the object only where the uid is missing". Hashed, so the key has a fixed length
/// however long the object's name is, and prefixed, so a uid can never collide with an object key.
/// </summary>
internal static class ClusterEventDedupKey
{
    public static string For(string? eventUid, string involvedKind, string involvedNamespace, string involvedName, string reason) =>
        string.IsNullOrEmpty(eventUid)
            ? "obj:" + Hash(string.Join('\0', involvedKind, involvedNamespace, involvedName, reason))
            : "uid:" + Hash(eventUid);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
