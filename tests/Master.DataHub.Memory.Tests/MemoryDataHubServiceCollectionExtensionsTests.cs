using Master.DataHub.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Master.DataHub.Memory.Tests;

[TestFixture]
public sealed class MemoryDataHubServiceCollectionExtensionsTests
{
    [Test]
    public void Memory_hub_is_one_singleton_with_one_hosted_service()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddDataHub().AddMemoryDataHub();
        services.AddDataHub().AddMemoryDataHub();

        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        provider.GetRequiredService<IDataHub>().Should().BeOfType<MemoryDataHub>()
            .And.BeSameAs(provider.GetRequiredService<IDataHub>());
        provider.GetServices<IHostedService>().Should().ContainSingle();
    }

    [Test]
    public async Task Registered_time_provider_is_kept_and_used_by_the_hub()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time);
        services.AddDataHub().AddMemoryDataHub();
        await using var provider = services.BuildServiceProvider();

        var stored = await provider.GetRequiredService<IDataHub>().SetSnapshotAsync("c1", new() { ClusterId = "c1" }, "a");

        stored.ReceivedAt.Should().Be(time.GetUtcNow());
    }

    [Test]
    public async Task Invalid_options_stop_start_up_naming_the_property()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddDataHub().AddMemoryDataHub();
        builder.Services.Configure<DataHubOptions>(options => options.HeartbeatTimeout = TimeSpan.Zero);
        using var host = builder.Build();

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>())
            .Which.Message.Should().Contain(nameof(DataHubOptions.HeartbeatTimeout));
    }

    [Test]
    public async Task Stopping_the_host_answers_held_polls_with_nothing()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddDataHub().AddMemoryDataHub();
        using var host = builder.Build();
        await host.StartAsync();
        var hub = host.Services.GetRequiredService<IDataHub>();
        var wait = hub.WaitCommandAsync("c1", CommandTopic.Ops, TimeSpan.FromMinutes(1)).AsTask();

        await host.StopAsync();

        (await wait.WaitAsync(TimeSpan.FromSeconds(10))).Should().BeNull();
    }

    [Test]
    public void Null_arguments_are_rejected()
    {
        var addDataHub = () => DataHubServiceCollectionExtensions.AddDataHub(null!);
        var addMemory = () => MemoryDataHubServiceCollectionExtensions.AddMemoryDataHub(null!);

        addDataHub.Should().Throw<ArgumentNullException>();
        addMemory.Should().Throw<ArgumentNullException>();
    }
}
