namespace Master.Database.Migrations;

/// <summary>
/// Migration 4: what <c>command_history</c> needs to mirror a live command through its whole life, so that a restart
/// can put the unfinished ones back in the queues: where it came from, the object it targets, the revision that orders
/// writes of the same command, the result timeout, the agent's result in parts (success, execution time, when it ran and
/// arrived) and a result that arrived after the command had ended. One column per <c>ALTER TABLE</c>, as SQLite adds no
/// more at a time. Rows stored before get revision 0, so any write of the live command replaces them, and the default
/// result timeout. An index on (<c>created_at</c>, <c>id</c>) serves the unfiltered newest-first listing.
/// </summary>
internal static class CommandLifecycle
{
    public const string Sql = """
        ALTER TABLE command_history ADD COLUMN source {string} NULL;
        ALTER TABLE command_history ADD COLUMN target_kind {string} NULL;
        ALTER TABLE command_history ADD COLUMN target_namespace {string} NULL;
        ALTER TABLE command_history ADD COLUMN target_name {string} NULL;
        ALTER TABLE command_history ADD COLUMN revision {bigint} NOT NULL DEFAULT 0;
        ALTER TABLE command_history ADD COLUMN result_timeout_ms {bigint} NOT NULL DEFAULT 120000;
        ALTER TABLE command_history ADD COLUMN success {bool} NULL;
        ALTER TABLE command_history ADD COLUMN exec_time_ns {bigint} NULL;
        ALTER TABLE command_history ADD COLUMN executed_at {timestamp} NULL;
        ALTER TABLE command_history ADD COLUMN result_received_at {timestamp} NULL;
        ALTER TABLE command_history ADD COLUMN late_result {json} NULL;
        CREATE INDEX ix_command_history_created ON command_history (created_at, id);
        """;
}
