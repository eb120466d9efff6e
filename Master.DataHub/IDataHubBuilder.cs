using Microsoft.Extensions.DependencyInjection;

namespace Master.DataHub;

/// <summary>Returned by <c>AddDataHub()</c>; the backend's <c>AddXxxDataHub()</c> extension hangs off it.</summary>
public interface IDataHubBuilder
{
    /// <summary>The service collection the hub is registered in.</summary>
    IServiceCollection Services { get; }
}
