using System.Security.Cryptography;
using Master.Database.Accounts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Master.Security.Accounts;

/// <summary>
/// Creates the first administrator at start when the store has no user, from <c>MASTER_ADMIN_USERNAME</c> and
/// <c>MASTER_ADMIN_PASSWORD</c>; with no password configured it generates one, logs it once and writes it to
/// <c>initial-admin-password</c> (mode 600). Registered after the migration, so the tables exist.
/// </summary>
internal sealed class InitialAdministrator(
    IUserRepository users, IUserAdministration administration, IOptions<SecurityOptions> options, ILogger<InitialAdministrator> logger)
    : IHostedService
{
    public const string PasswordFileName = "initial-admin-password";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await users.CountAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            return;
        }

        var settings = options.Value;
        var password = settings.AdminPassword ?? NewPassword();
        var created = await administration.CreateAsync(
            new NewUser(settings.AdminUsername, password, "Administrator", string.Empty, Role.Admin), cancellationToken).ConfigureAwait(false);
        if (created is null)
        {
            return; // Another instance sharing the store created it first.
        }

        if (settings.AdminPassword is not null)
        {
            logger.InitialAdminCreated(created.Username);
            return;
        }

        var file = Path.Combine(settings.DataDirectory, PasswordFileName);
        PrivateFile.Write(file, password + "\n", FileMode.Create);
        logger.InitialAdminPasswordGenerated(created.Username, password, file);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // 144 random bits in 24 URL-safe characters: over the length policy and easy to paste.
    private static string NewPassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
}
