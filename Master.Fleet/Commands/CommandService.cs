using Master.Database.Commands;
using Master.DataHub;
using Master.DataHub.Commands;
using Master.Fleet.Commands.Actions;
using Master.Query;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Master.Fleet.Commands;

/// <summary>
/// Submission, cancellation and reading of commands. A command is written to the history before it is queued, so
/// nothing an operator was told is accepted can vanish in a restart; the history writer follows every later change.
/// </summary>
internal sealed class CommandService(
    IDataHub hub,
    IClusterReadService clusters,
    ICommandHistoryRepository history,
    ICommandLogRepository logs,
    CommandHistoryWriter writer,
    CommandIds ids,
    FleetMetrics metrics,
    IOptions<FleetOptions> options,
    TimeProvider timeProvider,
    ILogger<CommandService> logger) : ICommandService
{
    /// <summary>The most clusters one request may target.</summary>
    internal const int MaxTargets = 1000;

    /// <summary>How long a caller waits for a state to reach the history before it answers anyway.</summary>
    internal static readonly TimeSpan RecordWaitLimit = TimeSpan.FromSeconds(5);

    private static readonly string[] Sources = ["web", "api", "ai", "config"];

    public async Task<CommandSubmission> SubmitAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string>(
            CommandActions.Validate(request.Action, request.Kind, request.Namespace, request.Name, request.Params), StringComparer.Ordinal);
        if (!Sources.Contains(request.Source, StringComparer.Ordinal))
        {
            errors["source"] = $"source must be one of {string.Join(", ", Sources)}; got '{request.Source}'";
        }

        var clusterIds = await ResolveClustersAsync(request.Clusters, errors, cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return new CommandSubmission([], errors);
        }

        var now = timeProvider.GetUtcNow();
        var fleet = options.Value;
        List<Command> commands = [.. clusterIds.Select(clusterId => new Command
        {
            Id = ids.Next(),
            ClusterId = clusterId,
            Action = request.Action,
            Kind = request.Kind,
            Namespace = request.Namespace,
            Name = request.Name,
            Params = request.Params,
            Source = request.Source,
            CreatedBy = request.CreatedBy,
            CreatedAt = now,
            ExpiresAt = now + fleet.CommandExpiry,
            ResultTimeout = request.ResultTimeout ?? fleet.CommandResultTimeout,
        })];

        // An unreachable hub (Redis down) is refused before anything is written: 503, nothing recorded, nothing queued.
        if (await hub.CheckHealthAsync(cancellationToken).ConfigureAwait(false) is { Healthy: false } health)
        {
            throw new DataHubUnavailableException($"The DataHub ({health.Backend}) is unavailable: {health.Detail}");
        }

        // Durable first: a store that refuses the write leaves nothing queued, and the caller is told so.
        await writer.CreateAsync(commands).ConfigureAwait(false);
        commands = await EnqueueAsync(commands).ConfigureAwait(false);

        metrics.CommandsSubmitted(request.Action, commands.Count);
        logger.CommandsSubmitted(request.Action, commands.Count, request.CreatedBy, request.Source, commands[0].Id);

        return new CommandSubmission(commands, errors);
    }

    /// <summary>
    /// Queues the recorded commands, all at once (each targets another cluster, and a shared hub answers each after a
    /// round trip). When the hub fails part-way (it went down after the health check), the commands not queued are
    /// recorded as cancelled, so none runs later unseen; with none queued the caller gets the failure (503), otherwise
    /// the submission answers with each command's status.
    /// </summary>
    private async Task<List<Command>> EnqueueAsync(List<Command> commands)
    {
        var outcomes = await Task.WhenAll(commands.Select(TryEnqueueAsync)).ConfigureAwait(false);
        var failures = outcomes.OfType<DataHubUnavailableException>().ToList();
        if (failures.Count == 0)
        {
            return commands;
        }

        var now = timeProvider.GetUtcNow();
        var result = commands
            .Select((command, i) => outcomes[i] is null
                ? command
                : command with { Status = CommandStatus.Cancelled, Revision = command.Revision + 1, FinishedAt = now })
            .ToList();
        result.Where(command => command.Status == CommandStatus.Cancelled).ToList().ForEach(writer.Mark);
        logger.CommandsNotQueued(failures.Count, failures[0]);
        return failures.Count == commands.Count ? throw failures[0] : result;
    }

    /// <summary>Queues one command; returns the hub's unavailability instead of throwing it, null when queued.</summary>
    private async Task<DataHubUnavailableException?> TryEnqueueAsync(Command command)
    {
        try
        {
            await hub.EnqueueCommandAsync(command, CancellationToken.None).ConfigureAwait(false);
            logger.CommandQueued(command.Id, command.ClusterId);
            return null;
        }
        catch (DataHubUnavailableException exception)
        {
            return exception;
        }
    }

    public async Task<CommandCancellation> CancelAsync(string commandId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commandId);
        var outcome = await hub.CancelCommandAsync(commandId, cancellationToken).ConfigureAwait(false);
        var command = await GetAsync(commandId, revealSecrets: false, cancellationToken).ConfigureAwait(false);
        if (outcome == CancelOutcome.Cancelled && command is not null)
        {
            logger.CommandCancelled(commandId);
            await writer.WaitWrittenAsync(command, RecordWaitLimit, cancellationToken).ConfigureAwait(false);
        }

        // The hub forgets old finished commands; the history still knows them, and they are not pending.
        return outcome == CancelOutcome.UnknownCommand && command is not null
            ? new CommandCancellation(CancelOutcome.NotPending, command)
            : new CommandCancellation(outcome, command);
    }

    public async Task<Command?> GetAsync(string commandId, bool revealSecrets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commandId);
        var command = await hub.GetCommandAsync(commandId, cancellationToken).ConfigureAwait(false);
        if (command is null)
        {
            var record = await history.GetAsync(commandId, cancellationToken).ConfigureAwait(false);
            return record is null ? null : CommandRecords.ToCommand(record);
        }

        return revealSecrets ? command : CommandRecords.Mask(command);
    }

    public async Task<CommandHistoryPage> ListAsync(CommandQuery query, CancellationToken cancellationToken = default)
    {
        var page = await history.ListAsync(query, cancellationToken).ConfigureAwait(false);
        var total = await history.CountAsync(query, cancellationToken).ConfigureAwait(false);
        return new CommandHistoryPage([.. page.Items.Select(CommandRecords.ToCommand)], total, page.Next);
    }

    public async Task<CommandLogs?> ReadLogsAsync(string commandId, CancellationToken cancellationToken = default)
    {
        var command = await GetAsync(commandId, revealSecrets: false, cancellationToken).ConfigureAwait(false);
        if (command is null)
        {
            return null;
        }

        var stdout = await logs.ReadStreamAsync(commandId, "stdout", cancellationToken).ConfigureAwait(false);
        var stderr = await logs.ReadStreamAsync(commandId, "stderr", cancellationToken).ConfigureAwait(false);

        // The real agent returns get_logs' text as the result's output and pushes no chunks.
        if (stdout.Length == 0 && command.Action == "get_logs" && command.Result is { Success: true, Output: { } text })
        {
            stdout = text;
        }

        return new CommandLogs(stdout, stderr);
    }

    public Task WaitRecordedAsync(Command command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return writer.WaitWrittenAsync(command, RecordWaitLimit, cancellationToken);
    }

    /// <summary>The distinct cluster ids of <paramref name="targets"/> in their order; every problem goes to <paramref name="errors"/>.</summary>
    private async Task<List<string>> ResolveClustersAsync(
        IReadOnlyList<string> targets, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        List<string> ids = [];
        if (targets.Count == 0)
        {
            errors["clusters"] = "name at least one cluster, by id or by name";
            return ids;
        }

        if (targets.Count > MaxTargets)
        {
            errors["clusters"] = $"at most {MaxTargets} clusters per request; got {targets.Count}";
            return ids;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            var id = string.IsNullOrWhiteSpace(target)
                ? null
                : await clusters.ResolveClusterIdAsync(target, cancellationToken).ConfigureAwait(false);
            if (id is null)
            {
                errors[$"clusters[{i}]"] = $"no cluster has the id or name '{target}'";
            }
            else if (seen.Add(id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }
}
