using Master.Security;
using Master.Security.Accounts;
using Master.Security.Audit;
using Master.Security.Passwords;
using Master.Security.Secrets;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers users, tokens, the audit trail, security events and secrets at rest.</summary>
public static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SecurityOptions"/> (section <c>Master:Security</c>, validated at start), the account services,
    /// the queued writers of the audit log and of security events, the coalesced token-use writer, the first
    /// administrator and <see cref="ISecretProtector"/>, whose key is loaded or created at start. Call it after
    /// <c>AddMasterDatabase()</c>: the schema is migrated before the first administrator is created.
    /// </summary>
    public static IServiceCollection AddMasterSecurity(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptionsWithValidateOnStart<SecurityOptions, SecurityOptionsValidator>().BindConfiguration(SecurityOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PasswordHasher>();
        services.TryAddSingleton<TokenUsageRecorder>();
        services.TryAddSingleton<IAuthenticator, Authenticator>();
        services.TryAddSingleton<IUserAdministration, UserAdministration>();
        services.TryAddSingleton<IApiKeys, ApiKeys>();
        services.TryAddSingleton<AuditTrail>();
        services.TryAddSingleton<IAuditTrail>(provider => provider.GetRequiredService<AuditTrail>());
        services.TryAddSingleton<SecurityEventLog>();
        services.TryAddSingleton<ISecurityEventLog>(provider => provider.GetRequiredService<SecurityEventLog>());
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SecurityOptions>>().Value;
            return SecretKey.Resolve(options.SecretKey, options.DataDirectory);
        });
        services.TryAddSingleton<ISecretProtector, AesGcmSecretProtector>();
        services.AddHostedService<SecretKeyLoader>();
        services.AddHostedService<InitialAdministrator>();
        services.AddHostedService(provider => provider.GetRequiredService<AuditTrail>());
        services.AddHostedService(provider => provider.GetRequiredService<SecurityEventLog>());
        services.AddHostedService<TokenUsageFlushService>();
        return services;
    }
}
