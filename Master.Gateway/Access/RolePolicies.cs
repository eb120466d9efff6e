using Master.Security.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Master.Gateway.Access;

/// <summary>One authorisation policy per role; a policy is met by that role and every higher one.</summary>
internal static class RolePolicies
{
    public static string NameOf(Role role) => "role:" + role.ToString().ToLowerInvariant();

    public static void AddTo(AuthorizationOptions options)
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            options.AddPolicy(NameOf(role), policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => CallerPrincipal.RoleOf(context.User) >= role));
        }
    }
}
