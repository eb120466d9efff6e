using Microsoft.Extensions.DependencyInjection;

namespace Master.DataHub;

internal sealed class DataHubBuilder(IServiceCollection services) : IDataHubBuilder
{
    public IServiceCollection Services { get; } = services;
}
