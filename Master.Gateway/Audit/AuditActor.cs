using Microsoft.AspNetCore.Http;

namespace Master.Gateway.Audit;

/// <summary>
/// Names the actor of a request that has no signed-in caller (a login names the user it is for), so its audit entry
/// can be found by user.
/// </summary>
internal static class AuditActor
{
    private static readonly object Key = new();

    public static void Set(HttpContext context, string username, long? userId) => context.Items[Key] = (username, userId);

    public static (string Username, long? UserId)? Get(HttpContext context) =>
        context.Items.TryGetValue(Key, out var value) ? ((string, long?))value! : null;
}
