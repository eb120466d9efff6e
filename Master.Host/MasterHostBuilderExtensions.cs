using System.Net;
using Master.AgentSdk;
using Master.Database;
using Master.DataHub;
using Master.DataHub.Redis;
using Master.Fleet;
using Master.Host.Configuration;
using Master.Host.Listeners;
using Master.Host.Logging;
using Master.Security;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Master.Host;

/// <summary>The host's part of the composition: configuration, logging and the two listeners.</summary>
internal static class MasterHostBuilderExtensions
{
    /// <summary>
    /// Reads and checks every <c>MASTER_*</c> variable, creates the data folder and maps the values onto the options of
    /// each assembly (whose validators stay the second line of defence). Returns null after writing one line per problem
    /// to <paramref name="errors"/>.
    /// </summary>
    public static MasterSettings? AddMasterConfiguration(this WebApplicationBuilder builder, TextWriter errors)
    {
        var result = MasterSettingsReader.Read(builder.Configuration);
        var problems = result.Problems.ToList();
        if (problems.Count == 0)
        {
            TryCreateDataDirectory(result.Settings, problems);
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                errors.WriteLine(problem);
            }

            return null;
        }

        var settings = result.Settings;
        var services = builder.Services;
        services.AddSingleton(result);
        services.AddHostedService<StartupReport>();
        services.AddSingleton<HostStopSignal>();
        services.AddHostedService(provider => provider.GetRequiredService<HostStopSignal>());
        services.AddOptionsWithValidateOnStart<MasterHostOptions, MasterHostOptionsValidator>().BindConfiguration(MasterHostOptions.SectionName);

        // PostConfigure: the variables (or their documented defaults) win over the assemblies' own sections.
        services.PostConfigure<MasterHostOptions>(options =>
        {
            options.HttpPort = settings.HttpPort;
            options.AgentPort = settings.AgentPort;
            options.BindAddress = settings.BindAddress.ToString();
            options.DataDirectory = settings.DataDirectory;
            options.DatabasePath = settings.DatabasePath;
        });
        services.PostConfigure<DatabaseOptions>(options =>
        {
            options.Type = settings.DatabaseType;
            options.Path = settings.DatabasePath;
            options.Dsn = settings.DatabaseDsn;
            options.MaxConnections = settings.DatabaseMaxConnections;
        });
        services.PostConfigure<FleetOptions>(options =>
        {
            options.EventRetention = TimeSpan.FromDays(settings.EventRetentionDays);
            options.EventMaxCount = settings.EventMaxCount;
            options.EventCleanupInterval = settings.EventCleanupInterval;
            options.AgentCleanupInterval = settings.AgentCleanupInterval;
            options.AgentStaleThreshold = settings.AgentStaleThreshold;
            options.AgentPurgeAfter = settings.AgentPurgeAfter;
            options.CommandExpiry = settings.CommandExpiry;
            options.CommandResultTimeout = settings.CommandResultTimeout;
        });
        services.PostConfigure<SecurityOptions>(options =>
        {
            options.DataDirectory = settings.DataDirectory;
            options.AdminUsername = settings.AdminUsername;
            options.AdminPassword = settings.AdminPassword;
            options.SessionTtl = settings.SessionTtl;
            options.SecretKey = settings.SecretKey;
        });
        services.PostConfigure<DataHubOptions>(options => options.HeartbeatTimeout = settings.HeartbeatTimeout);
        services.PostConfigure<RedisDataHubOptions>(options =>
        {
            options.Configuration = settings.RedisAddress;
            options.Password = settings.RedisPassword;
            options.Database = settings.RedisDatabase;
            options.Prefix = settings.RedisPrefix;
        });
        services.PostConfigure<AgentSdkOptions>(options =>
        {
            options.CommandPollTimeout = settings.CommandPollTimeout;
            options.SnapshotMaxBytes = settings.SnapshotMaxBytes;
            options.AgentAuth = settings.AgentAuth;
            options.AgentTokens = settings.AgentTokens;
        });
        builder.Host.UseDefaultServiceProvider(options =>
        {
            options.ValidateScopes = true;
            options.ValidateOnBuild = true;
        });
        return settings;
    }

    /// <summary>The live-state backend <c>MASTER_DATAHUB_TYPE</c> names.</summary>
    public static IServiceCollection AddMasterDataHub(this IServiceCollection services, MasterSettings settings)
    {
        var hub = services.AddDataHub();
        _ = settings.DataHubType == DataHubType.Redis ? hub.AddRedisDataHub() : hub.AddMemoryDataHub();
        return services;
    }

    /// <summary>
    /// Console logging as text or JSON at the configured level; ASP.NET Core's per-request chatter only below Information;
    /// no stack trace for a start-up failure that <see cref="MasterApplicationExtensions.RunMasterAsync"/> reports.
    /// </summary>
    public static WebApplicationBuilder AddMasterLogging(this WebApplicationBuilder builder, MasterSettings settings)
    {
        const string UtcTimestamp = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        var logging = builder.Logging.ClearProviders();
        if (settings.LogFormat == LogFormat.Json)
        {
            logging.AddJsonConsole(options =>
            {
                options.UseUtcTimestamp = true;
                options.TimestampFormat = UtcTimestamp;
            });
        }
        else
        {
            logging.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = UtcTimestamp + " ";
            });
        }

        // The host's "Hosting failed to start" event is the whole stack trace; RunMasterAsync says it in one line.
        var console = builder.Services.Last(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(ConsoleLoggerProvider));
        builder.Services.Remove(console);
        builder.Services.AddSingleton<ILoggerProvider>(
            services => new HostStartupFailureFilter(ActivatorUtilities.CreateInstance<ConsoleLoggerProvider>(services)));

        logging.SetMinimumLevel(settings.LogLevel);
        logging.AddFilter("Microsoft.AspNetCore", settings.LogLevel < LogLevel.Information ? settings.LogLevel : LogLevel.Warning);
        return builder;
    }

    /// <summary>
    /// The gateway and agent listeners on the bind address, Kestrel limits for held polls and large snapshots, and a
    /// shutdown timeout that lets held polls be answered (the agent channel answers them when stopping begins).
    /// </summary>
    public static WebApplicationBuilder AddMasterListeners(this WebApplicationBuilder builder, MasterSettings settings)
    {
        builder.Services.TryAddSingleton<MasterListeners>();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = settings.CommandPollTimeout + TimeSpan.FromSeconds(5));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var services = kestrel.ApplicationServices;
            var host = services.GetRequiredService<IOptions<MasterHostOptions>>().Value;
            var listeners = services.GetRequiredService<MasterListeners>();
            var address = IPAddress.Parse(host.BindAddress);
            kestrel.Listen(address, host.HttpPort, listeners.UseGateway);
            kestrel.Listen(address, host.AgentPort, listen =>
            {
                listen.Protocols = HttpProtocols.Http1;
                listeners.UseAgent(listen);
            });

            // From the checked settings, not IOptions: a failing options validator must surface at start-up, where
            // RunMasterAsync prints it, not inside Kestrel's construction.
            kestrel.ConfigureAgentSdkLimits(new AgentSdkOptions
            {
                CommandPollTimeout = settings.CommandPollTimeout,
                SnapshotMaxBytes = settings.SnapshotMaxBytes,
            });
        });
        return builder;
    }

    private static void TryCreateDataDirectory(MasterSettings settings, List<string> problems)
    {
        try
        {
            Directory.CreateDirectory(settings.DataDirectory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{MasterVariables.DataDir}='{settings.DataDirectory}': cannot create the folder ({exception.Message})");
        }
    }
}
