using System.Data.Common;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Master.Host.Configuration;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace Master.Host;

/// <summary>
/// Turns a start-up failure that configuration or the environment caused (an options validator, a port that cannot be
/// bound, a relational store that cannot be opened or migrated) into one line per problem, naming the variable where one is to blame. Anything else is a bug: null.
/// </summary>
internal static partial class StartupFailure
{
    public static IReadOnlyList<string>? Describe(Exception exception, MasterSettings settings) => exception switch
    {
        OptionsValidationException validation => [.. validation.Failures],
        AggregateException aggregate => DescribeAll(aggregate.Flatten().InnerExceptions, settings),
        DbException database => [DescribeDatabase(database, settings)],
        _ when IsBindFailure(exception) => [DescribeBind(exception, settings)],
        _ => null,
    };

    private static List<string>? DescribeAll(IEnumerable<Exception> exceptions, MasterSettings settings)
    {
        var lines = new List<string>();
        foreach (var exception in exceptions)
        {
            if (Describe(exception, settings) is not { } described)
            {
                return null;
            }

            lines.AddRange(described);
        }

        return lines;
    }

    private static bool IsBindFailure(Exception exception) =>
        exception is IOException && Chain(exception).Any(e => e is AddressInUseException or SocketException);

    private static string DescribeBind(Exception exception, MasterSettings settings)
    {
        // Kestrel: "Failed to bind to address http://127.0.0.1:8080: address already in use."
        var match = BoundAddress().Match(exception.Message);
        var port = match.Success && Uri.TryCreate(match.Groups["url"].Value, UriKind.Absolute, out var url) ? url.Port : (int?)null;
        var variable = port switch
        {
            not null when port == settings.HttpPort => MasterVariables.HttpPort,
            not null when port == settings.AgentPort => MasterVariables.AgentPort,
            _ => null,
        };
        var reason = Chain(exception).Last().Message.TrimEnd('.');
        var address = match.Success ? match.Groups["url"].Value : settings.BindAddress.ToString();
        return variable is null
            ? $"cannot listen on {address}: {reason}"
            : $"{variable}='{port}': cannot listen on {address} ({reason}); expected a port that is free on {settings.BindAddress}";
    }

    /// <summary>
    /// Every engine's errors, and the store's own (a schema newer than this binary, an edited migration), are
    /// <see cref="DbException"/>s. The DSN is named, never shown: it may hold a password.
    /// </summary>
    private static string DescribeDatabase(DbException exception, MasterSettings settings)
    {
        // Drivers often repeat an inner exception's message in their own; each reason is said once.
        var reasons = new List<string>();
        foreach (var message in Chain(exception).Select(e => e.Message.ReplaceLineEndings(" ").Trim().TrimEnd('.')))
        {
            if (!reasons.Exists(r => r.Contains(message, StringComparison.Ordinal)))
            {
                reasons.Add(message);
            }
        }

        var reason = string.Join(": ", reasons);
        var type = settings.DatabaseType.ToString().ToLowerInvariant();
        return settings.DatabaseType == Master.Database.DatabaseType.Sqlite
            ? $"{MasterVariables.DbPath}='{settings.DatabasePath}': the relational store (sqlite) cannot be opened or migrated: {reason}"
            : $"{MasterVariables.DbDsn}: the relational store ({type}) cannot be opened or migrated: {reason}";
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }

    [GeneratedRegex(@"address (?<url>\S+?): ", RegexOptions.CultureInvariant)]
    private static partial Regex BoundAddress();
}
