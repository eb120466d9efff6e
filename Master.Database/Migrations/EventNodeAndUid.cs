namespace Master.Database.Migrations;

/// <summary>
/// Migration 2: the node an event concerns and the involved object's uid on <c>cluster_events</c>, each with an index
/// per cluster. One column per <c>ALTER TABLE</c>, as SQLite adds no more at a time. Rows stored before get empty
/// strings, which mean "unknown" as they do for a new event that has neither.
/// </summary>
internal static class EventNodeAndUid
{
    public const string Sql = """
        ALTER TABLE cluster_events ADD COLUMN involved_uid {string} NOT NULL DEFAULT '';
        ALTER TABLE cluster_events ADD COLUMN node {string} NOT NULL DEFAULT '';
        CREATE INDEX ix_cluster_events_node ON cluster_events (cluster_id, node);
        CREATE INDEX ix_cluster_events_involved_uid ON cluster_events (cluster_id, involved_uid);
        """;
}
