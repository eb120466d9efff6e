using System.Globalization;
using System.Security.Claims;
using Master.Database.Accounts;
using Master.Security.Accounts;
using Microsoft.AspNetCore.Http;

namespace Master.Gateway.Access;

/// <summary>Carries a <see cref="Caller"/> through ASP.NET Core as a <see cref="ClaimsPrincipal"/>.</summary>
internal static class CallerPrincipal
{
    public const string Scheme = "Bearer";

    private const string UserIdClaim = "master:user_id";
    private const string TokenIdClaim = "master:token_id";
    private const string TokenKindClaim = "master:token_kind";

    public static ClaimsPrincipal From(Caller caller) => new(new ClaimsIdentity(
        [
            new Claim(UserIdClaim, caller.UserId.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, caller.Username),
            new Claim(ClaimTypes.Role, caller.Role.ToName()),
            new Claim(TokenIdClaim, caller.TokenId.ToString(CultureInfo.InvariantCulture)),
            new Claim(TokenKindClaim, caller.TokenKind.ToString()),
        ],
        Scheme));

    /// <summary>The caller the principal carries, or null for an anonymous request.</summary>
    public static Caller? ToCaller(this ClaimsPrincipal principal)
    {
        if (principal.Identity?.AuthenticationType != Scheme
            || !long.TryParse(principal.FindFirstValue(UserIdClaim), CultureInfo.InvariantCulture, out var userId)
            || !long.TryParse(principal.FindFirstValue(TokenIdClaim), CultureInfo.InvariantCulture, out var tokenId)
            || !RoleNames.TryParse(principal.FindFirstValue(ClaimTypes.Role), out var role)
            || !Enum.TryParse<TokenKind>(principal.FindFirstValue(TokenKindClaim), out var kind))
        {
            return null;
        }

        return new Caller(userId, principal.FindFirstValue(ClaimTypes.Name) ?? string.Empty, role, tokenId, kind);
    }

    /// <summary>The caller of a request on an endpoint that requires a role; the authorisation middleware guarantees one.</summary>
    public static Caller RequiredCaller(this HttpContext context) =>
        context.User.ToCaller() ?? throw new InvalidOperationException("The endpoint declares no role, so it has no caller.");

    /// <summary>The principal's role, or null when it is anonymous.</summary>
    public static Role? RoleOf(ClaimsPrincipal principal) => principal.ToCaller()?.Role;
}
