using System.Diagnostics.Metrics;

namespace Master.Fleet;

/// <summary>The fleet bookkeeping's instruments, on the meter <c>Master.Fleet</c>.</summary>
internal sealed class FleetMetrics
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "Master.Fleet";

    private readonly Counter<long> _agentRecordsWritten;
    private readonly Counter<long> _agentWriteBatches;
    private readonly Counter<long> _eventsPersisted;
    private readonly Counter<long> _storeFailures;
    private readonly Counter<long> _commandsSubmitted;
    private readonly Counter<long> _commandRecordsWritten;

    public FleetMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _agentRecordsWritten = meter.CreateCounter<long>(
            "master_fleet_agent_records_written", description: "Agent records written to the relational store.");
        _agentWriteBatches = meter.CreateCounter<long>(
            "master_fleet_agent_write_batches", description: "Batches (one statement each on the server engines) that wrote agent records.");
        _eventsPersisted = meter.CreateCounter<long>(
            "master_fleet_events_persisted", description: "Cluster events upserted into the event history.");
        _storeFailures = meter.CreateCounter<long>(
            "master_fleet_store_failures", description: "Writes to the relational store that failed and will be retried, by job.");
        _commandsSubmitted = meter.CreateCounter<long>(
            "master_fleet_commands_submitted", description: "Commands accepted and queued, by action.");
        _commandRecordsWritten = meter.CreateCounter<long>(
            "master_fleet_command_records_written", description: "Command states written to the command history.");
    }

    public void AgentRecordsWritten(int records, int batches)
    {
        _agentRecordsWritten.Add(records);
        _agentWriteBatches.Add(batches);
    }

    public void EventsPersisted(int events) => _eventsPersisted.Add(events);

    public void StoreFailed(string job) => _storeFailures.Add(1, new KeyValuePair<string, object?>("job", job));

    public void CommandsSubmitted(string action, int commands) =>
        _commandsSubmitted.Add(commands, new KeyValuePair<string, object?>("action", action));

    public void CommandRecordsWritten(int records) => _commandRecordsWritten.Add(records);
}
