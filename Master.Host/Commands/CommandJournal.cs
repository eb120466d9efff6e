using Master.AgentSdk.Commands;
using Master.Database.Commands;
using Master.DataHub.Commands;
using Master.Fleet.Commands;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Master.Host.Commands;

/// <summary>Connects the agent channel's reports to the command history and its log chunks in the relational store.</summary>
internal sealed class CommandJournal(ICommandService commands, ICommandLogRepository logs) : ICommandJournal
{
    public async ValueTask<string?> FindClusterAsync(string commandId, CancellationToken cancellationToken) =>
        (await commands.GetAsync(commandId, revealSecrets: false, cancellationToken).ConfigureAwait(false))?.ClusterId;

    public async ValueTask AppendLogsAsync(string commandId, IReadOnlyList<AgentLogChunk> chunks, CancellationToken cancellationToken) =>
        await logs.AppendChunksAsync(
            commandId, [.. chunks.Select(chunk => new CommandLogChunk(chunk.Stream, chunk.Offset, chunk.Data))], cancellationToken)
            .ConfigureAwait(false);

    public async ValueTask ResultRecordedAsync(Command command, CancellationToken cancellationToken) =>
        await commands.WaitRecordedAsync(command, cancellationToken).ConfigureAwait(false);
}

/// <summary>Registers <see cref="CommandJournal"/> in place of the agent channel's store-less default.</summary>
internal static class CommandJournalServiceCollectionExtensions
{
    public static IServiceCollection AddCommandJournal(this IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<ICommandJournal, CommandJournal>());
}
