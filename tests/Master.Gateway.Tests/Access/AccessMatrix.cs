using Master.Security.Accounts;
namespace Master.Gateway.Tests.Access;

/// <summary>
/// Every gateway route with the least role gateway-api.md gives it (null: open to anyone), and a path and body to call
/// it with. Paths name things that do not exist, so an allowed call answers 404 or 422 and changes nothing.
/// </summary>
internal static class AccessMatrix
{
    public static IReadOnlyList<RouteAccess> Routes { get; } =
    [
        new("GET", "/healthz", "/healthz", null),
        new("GET", "/readyz", "/readyz", null),
        new("GET", "/metrics", "/metrics", null),
        new("GET", "/openapi/{documentName}.json", "/openapi/v1.json", Role.Viewer),
        new("POST", "/api/v2/auth/login", "/api/v2/auth/login", null, "{}"),
        new("GET", "/api/v2/auth/me", "/api/v2/auth/me", Role.Viewer),
        new("GET", "/api/v2/users", "/api/v2/users", Role.Admin),
        new("POST", "/api/v2/users", "/api/v2/users", Role.Admin, "{}"),
        new("GET", "/api/v2/users/{id}", "/api/v2/users/999999", Role.Admin),
        new("PATCH", "/api/v2/users/{id}", "/api/v2/users/999999", Role.Admin, "{}"),
        new("DELETE", "/api/v2/users/{id}", "/api/v2/users/999999", Role.Admin),
        new("GET", "/api/v2/tokens", "/api/v2/tokens", Role.Viewer),
        new("POST", "/api/v2/tokens", "/api/v2/tokens", Role.Viewer, "{}"),
        new("DELETE", "/api/v2/tokens/{id}", "/api/v2/tokens/999999", Role.Viewer),
        new("GET", "/api/v2/clusters", "/api/v2/clusters", Role.Viewer),
        new("GET", "/api/v2/clusters/{id}", "/api/v2/clusters/no-such-cluster", Role.Viewer),
        new("PATCH", "/api/v2/clusters/{id}", "/api/v2/clusters/no-such-cluster", Role.Operator, "{}"),
        new("DELETE", "/api/v2/clusters/{id}", "/api/v2/clusters/no-such-cluster", Role.Admin),
        new("GET", "/api/v2/clusters/{id}/status", "/api/v2/clusters/no-such-cluster/status", Role.Viewer),
        new("GET", "/api/v2/clusters/{id}/snapshot", "/api/v2/clusters/no-such-cluster/snapshot", Role.Viewer),
        new("GET", "/api/v2/events", "/api/v2/events", Role.Viewer),
        new("GET", "/api/v2/events/related", "/api/v2/events/related", Role.Viewer),
        new("GET", "/api/v2/query", "/api/v2/query", Role.Viewer),
        new("POST", "/api/v2/query", "/api/v2/query", Role.Viewer, "{}"),
        new("POST", "/api/v2/commands", "/api/v2/commands", Role.Operator, "{}"),
        new("GET", "/api/v2/commands", "/api/v2/commands", Role.Viewer),
        new("GET", "/api/v2/commands/{id}", "/api/v2/commands/no-such-command", Role.Viewer),
        new("POST", "/api/v2/commands/{id}/cancel", "/api/v2/commands/no-such-command/cancel", Role.Operator),
        new("GET", "/api/v2/commands/{id}/logs", "/api/v2/commands/no-such-command/logs", Role.Viewer),
        new("GET", "/api/v2/audit-logs", "/api/v2/audit-logs", Role.Admin),
        new("GET", "/api/v2/security-events", "/api/v2/security-events", Role.Admin),
        new("POST", "/api/v2/security-events/{id}/resolve", "/api/v2/security-events/999999/resolve", Role.Admin),
        new("GET", "/api/v2/settings", "/api/v2/settings", Role.Viewer),
        new("GET", "/api/v2/settings/{key}", "/api/v2/settings/no-such-setting", Role.Viewer),
        new("PUT", "/api/v2/settings/{key}", "/api/v2/settings/no-such-setting", Role.Admin, "null"),
        new("DELETE", "/api/v2/settings/{key}", "/api/v2/settings/no-such-setting", Role.Admin),
        new("GET", "/api/v2/ai/sessions", "/api/v2/ai/sessions", Role.Viewer),
        new("POST", "/api/v2/ai/sessions", "/api/v2/ai/sessions", Role.Viewer, "[]"),
        new("GET", "/api/v2/ai/sessions/{id}", "/api/v2/ai/sessions/no-such-session", Role.Viewer),
        new("DELETE", "/api/v2/ai/sessions/{id}", "/api/v2/ai/sessions/no-such-session", Role.Viewer),
        new("GET", "/api/v2/ai/sessions/{id}/messages", "/api/v2/ai/sessions/no-such-session/messages", Role.Viewer),
        new("POST", "/api/v2/ai/sessions/{id}/messages", "/api/v2/ai/sessions/no-such-session/messages", Role.Viewer, "{}"),
        new("GET", "/api/v2/ai/sessions/{id}/tool-calls", "/api/v2/ai/sessions/no-such-session/tool-calls", Role.Viewer),
        new("POST", "/api/v2/ai/sessions/{id}/tool-calls", "/api/v2/ai/sessions/no-such-session/tool-calls", Role.Viewer, "{}"),
        new("POST", "/api/v2/ai/sessions/{id}/tool-calls/{callId}/finish", "/api/v2/ai/sessions/no-such-session/tool-calls/999999/finish", Role.Viewer, "{}"),
        new("GET", "/api/v2/subscribe", "/api/v2/subscribe", Role.Viewer),

        // Last: it revokes the token it is called with.
        new("POST", "/api/v2/auth/logout", "/api/v2/auth/logout", Role.Viewer),
    ];
}

/// <summary>One route of the matrix.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Template">The route template as the endpoint declares it.</param>
/// <param name="Path">A path that matches the template.</param>
/// <param name="Role">The least role, or null for an open route.</param>
/// <param name="Body">A JSON body to send, or null.</param>
internal sealed record RouteAccess(string Method, string Template, string Path, Role? Role, string? Body = null)
{
    public string Key => $"{Method} {Template}";
}
