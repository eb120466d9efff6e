using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Master.AgentSdk;

/// <summary>Logs the start-up warnings of agent-protocol.md §8.3 and §11.1 once the options are known.</summary>
internal sealed class AgentSdkStartupWarnings : IHostedService
{
    private readonly AgentSdkOptions _options;
    private readonly ILogger<AgentSdkStartupWarnings> _logger;

    /// <summary>Creates the service.</summary>
    public AgentSdkStartupWarnings(IOptions<AgentSdkOptions> options, ILogger<AgentSdkStartupWarnings> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_options.AgentAuth == AgentAuthMode.Off)
        {
            _logger.AgentAuthOff();
        }

        if (_options.CommandPollTimeout > TimeSpan.FromSeconds(30))
        {
            _logger.LongPollTimeout(_options.CommandPollTimeout);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
