using Master.Testing.DataHub;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Master.DataHub.Memory.Tests;

[TestFixture]
public sealed class MemoryDataHubContractTests : DataHubContractTests
{
    protected override Task<IDataHub> CreateHubAsync(TimeProvider time, DataHubOptions options) =>
        Task.FromResult<IDataHub>(new MemoryDataHub(Options.Create(options), time, NullLogger<MemoryDataHub>.Instance));
}
