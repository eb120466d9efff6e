using System.Reflection;
using System.Runtime.ExceptionServices;
using Master.DataHub;
using Microsoft.Extensions.DependencyInjection;

namespace Master.Gateway.Tests.Support;

/// <summary>
/// Puts itself in front of the registered <see cref="IDataHub"/>: every call goes to the real hub unless a switch of
/// <see cref="DataHubFaults"/> says otherwise. A proxy rather than a hand-written decorator so the contract can grow.
/// </summary>
public class FaultingDataHubProxy : DispatchProxy
{
    private IDataHub _inner = null!;
    private DataHubFaults _faults = null!;

    internal static void Install(IServiceCollection services, DataHubFaults faults)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IDataHub));
        var implementation = registered.ImplementationType
            ?? throw new InvalidOperationException("The hub is expected to be registered by type.");
        services.Remove(registered);
        services.AddSingleton(implementation);
        services.AddSingleton(provider =>
        {
            var proxy = Create<IDataHub, FaultingDataHubProxy>();
            var self = (FaultingDataHubProxy)(object)proxy;
            self._inner = (IDataHub)provider.GetRequiredService(implementation);
            self._faults = faults;
            return proxy;
        });
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name == nameof(IDataHub.CheckHealthAsync) && _faults.Health is { } health)
        {
            // The proxy hands back every result as object; the caller awaits this ValueTask exactly once.
#pragma warning disable CA2012
            return health((CancellationToken)args![0]!);
#pragma warning restore CA2012
        }

        if (targetMethod.Name == nameof(IDataHub.ListAgentsAsync) && _faults.FailListingAgents)
        {
            throw new InvalidOperationException("The backend is broken (a test fault).");
        }

        if (targetMethod.Name == nameof(IDataHub.EnqueueCommandAsync) && _faults.EnqueueFails())
        {
            throw new DataHubUnavailableException("Redis is unreachable (a test fault).");
        }

        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(exception.InnerException);
            throw;
        }
    }
}
