namespace Master.Database.Migrations;

/// <summary>
/// Migration 3: a user's email; the caller's role, the request (source, method, path, status, user agent, duration)
/// on <c>audit_logs</c>; the resolution of a <c>security_events</c> row; and an index per action and per kind for the
/// filtered listings. One column per <c>ALTER TABLE</c>, as SQLite adds no more at a time. Rows stored before get the
/// defaults: empty strings and zeros mean "not recorded", as they do for a new row without the value.
/// </summary>
internal static class AccountsAndAuditDetail
{
    public const string Sql = """
        ALTER TABLE users ADD COLUMN email {string} NOT NULL DEFAULT '';
        ALTER TABLE audit_logs ADD COLUMN role {string} NOT NULL DEFAULT '';
        ALTER TABLE audit_logs ADD COLUMN source {string} NOT NULL DEFAULT '';
        ALTER TABLE audit_logs ADD COLUMN method {string} NOT NULL DEFAULT '';
        ALTER TABLE audit_logs ADD COLUMN path {string} NOT NULL DEFAULT '';
        ALTER TABLE audit_logs ADD COLUMN status_code {int} NOT NULL DEFAULT 0;
        ALTER TABLE audit_logs ADD COLUMN user_agent {string} NULL;
        ALTER TABLE audit_logs ADD COLUMN duration_ms {bigint} NOT NULL DEFAULT 0;
        CREATE INDEX ix_audit_logs_action ON audit_logs (action, occurred_at);
        ALTER TABLE security_events ADD COLUMN resolved_at {timestamp} NULL;
        ALTER TABLE security_events ADD COLUMN resolved_by {string} NULL;
        CREATE INDEX ix_security_events_kind ON security_events (kind, occurred_at);
        """;
}
