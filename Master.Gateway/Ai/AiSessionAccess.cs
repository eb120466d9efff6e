using Master.Database.Ai;
using Master.Gateway.Errors;
using Master.Security.Accounts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Master.Gateway.Ai;

/// <summary>
/// Who may reach a session: the user who created it, and any admin. For everyone else it does not exist, so the
/// answer for another user's id is the same 404 as for an unknown one and session ids cannot be probed.
/// </summary>
internal static class AiSessionAccess
{
    /// <summary>The session with <paramref name="id"/> when <paramref name="caller"/> may reach it, else null.</summary>
    public static async Task<AiSessionRecord?> FindAsync(
        IAiSessionRepository sessions, string id, Caller caller, CancellationToken cancellationToken)
    {
        var session = await sessions.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return session is not null && (session.UserId == caller.UserId || caller.Role == Role.Admin) ? session : null;
    }

    public static NotFound<ErrorResponse> NotFound(string id) =>
        TypedResults.NotFound(ErrorResponse.Of(ErrorCodes.NotFound, $"There is no AI session '{id}'."));
}
