using Master.AgentSdk;
using Master.AgentSdk.Auth;
using Master.AgentSdk.Body;
using Master.AgentSdk.Commands;
using Master.AgentSdk.Endpoints;
using Master.AgentSdk.Reports;
using Master.AgentSdk.Routing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the agent channel.</summary>
public static class AgentSdkServiceCollectionExtensions
{
    /// <summary>
    /// Adds the agent channel's services and <see cref="AgentSdkOptions"/> (section <see cref="AgentSdkOptions.SectionName"/>,
    /// validated at start). Needs an <c>IDataHub</c> and an <c>ISnapshotIngestor</c> registered as well.
    /// </summary>
    public static IServiceCollection AddAgentSdk(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptionsWithValidateOnStart<AgentSdkOptions, AgentSdkOptionsValidator>()
            .BindConfiguration(AgentSdkOptions.SectionName);
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AgentAuthenticator>();
        services.TryAddSingleton<AgentAuthFailureCoalescer>();
        services.TryAddSingleton<IAgentSecurityEvents, NoAgentSecurityEvents>();
        services.TryAddSingleton<ICommandJournal, NoCommandJournal>();
        services.TryAddSingleton<SnapshotGate>();
        services.TryAddSingleton<AgentSdkMetrics>();
        services.TryAddSingleton<ClusterIdWarnings>();
        services.TryAddSingleton<PayloadTooLargeWarnings>();
        services.TryAddSingleton<AgentChannel>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, AgentListenerMatcherPolicy>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, AgentSdkStartupWarnings>());
        return services;
    }
}
