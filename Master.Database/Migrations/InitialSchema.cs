namespace Master.Database.Migrations;

/// <summary>
/// Migration 1: every table of the relational store (docs/database.md describes each). Column names avoid words that
/// one of the engines reserves (<c>key</c>, <c>offset</c>, <c>sequence</c>), so no statement needs quoting. An index
/// spans at most three <c>{string}</c> columns: InnoDB caps a key at 3072 bytes, and 255 utf8mb4 characters take 1020.
/// </summary>
internal static class InitialSchema
{
    public const string Sql = """
        CREATE TABLE users (
            id {id},
            username {string} NOT NULL,
            display_name {string} NOT NULL DEFAULT '',
            password_hash {string} NOT NULL,
            role {string} NOT NULL,
            is_active {bool} NOT NULL,
            last_login_at {timestamp} NULL,
            created_at {timestamp} NOT NULL,
            updated_at {timestamp} NOT NULL,
            CONSTRAINT ux_users_username UNIQUE (username)
        ){table};

        CREATE TABLE tokens (
            id {id},
            user_id {bigint} NOT NULL,
            kind {string} NOT NULL,
            name {string} NOT NULL DEFAULT '',
            token_hash {string} NOT NULL,
            expires_at {timestamp} NULL,
            last_used_at {timestamp} NULL,
            created_at {timestamp} NOT NULL,
            CONSTRAINT ux_tokens_token_hash UNIQUE (token_hash),
            CONSTRAINT fk_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
        ){table};
        CREATE INDEX ix_tokens_user_id ON tokens (user_id);
        CREATE INDEX ix_tokens_expires_at ON tokens (expires_at);

        CREATE TABLE clusters (
            id {string} NOT NULL PRIMARY KEY,
            name {string} NOT NULL,
            description {text} NULL,
            environment {string} NOT NULL DEFAULT '',
            labels {json} NULL,
            created_at {timestamp} NOT NULL,
            updated_at {timestamp} NOT NULL,
            CONSTRAINT ux_clusters_name UNIQUE (name)
        ){table};

        CREATE TABLE agents (
            id {string} NOT NULL PRIMARY KEY,
            cluster_id {string} NOT NULL,
            name {string} NOT NULL DEFAULT '',
            labels {json} NULL,
            healthy {bool} NOT NULL,
            last_heartbeat_at {timestamp} NULL,
            agent_version {string} NULL,
            config_hash {string} NULL,
            pods_count {int} NOT NULL DEFAULT 0,
            created_at {timestamp} NOT NULL,
            updated_at {timestamp} NOT NULL,
            CONSTRAINT fk_agents_cluster FOREIGN KEY (cluster_id) REFERENCES clusters (id) ON DELETE CASCADE
        ){table};
        CREATE INDEX ix_agents_cluster_id ON agents (cluster_id);
        CREATE INDEX ix_agents_last_heartbeat_at ON agents (last_heartbeat_at);

        CREATE TABLE audit_logs (
            id {id},
            occurred_at {timestamp} NOT NULL,
            user_id {bigint} NULL,
            username {string} NOT NULL DEFAULT '',
            action {string} NOT NULL,
            resource_type {string} NOT NULL DEFAULT '',
            resource_id {string} NOT NULL DEFAULT '',
            cluster_id {string} NULL,
            success {bool} NOT NULL,
            remote_address {string} NULL,
            detail {json} NULL
        ){table};
        CREATE INDEX ix_audit_logs_occurred_at ON audit_logs (occurred_at);
        CREATE INDEX ix_audit_logs_user_id ON audit_logs (user_id, occurred_at);

        CREATE TABLE security_events (
            id {id},
            occurred_at {timestamp} NOT NULL,
            kind {string} NOT NULL,
            severity {string} NOT NULL,
            username {string} NULL,
            remote_address {string} NULL,
            detail {json} NULL
        ){table};
        CREATE INDEX ix_security_events_occurred_at ON security_events (occurred_at);

        CREATE TABLE command_history (
            id {string} NOT NULL PRIMARY KEY,
            cluster_id {string} NOT NULL,
            topic {string} NOT NULL,
            action {string} NOT NULL,
            payload {json} NULL,
            status {string} NOT NULL,
            requested_by {string} NULL,
            created_at {timestamp} NOT NULL,
            dispatched_at {timestamp} NULL,
            finished_at {timestamp} NULL,
            expires_at {timestamp} NULL,
            exit_code {int} NULL,
            error {text} NULL,
            result {text} NULL
        ){table};
        CREATE INDEX ix_command_history_cluster_created ON command_history (cluster_id, created_at);
        CREATE INDEX ix_command_history_status ON command_history (status);

        CREATE TABLE command_log_chunks (
            id {id},
            command_id {string} NOT NULL,
            stream {string} NOT NULL,
            chunk_offset {bigint} NOT NULL,
            content {text} NOT NULL,
            created_at {timestamp} NOT NULL,
            CONSTRAINT ux_command_log_chunks_position UNIQUE (command_id, stream, chunk_offset),
            CONSTRAINT fk_command_log_chunks_command FOREIGN KEY (command_id) REFERENCES command_history (id) ON DELETE CASCADE
        ){table};

        CREATE TABLE configurations (
            id {id},
            name {string} NOT NULL,
            description {text} NULL,
            current_version {int} NOT NULL DEFAULT 0,
            target_labels {json} NULL,
            created_by {string} NULL,
            created_at {timestamp} NOT NULL,
            updated_at {timestamp} NOT NULL,
            CONSTRAINT ux_configurations_name UNIQUE (name)
        ){table};

        CREATE TABLE configuration_history (
            id {id},
            configuration_id {bigint} NOT NULL,
            name {string} NOT NULL,
            version {int} NOT NULL,
            content {text} NOT NULL,
            content_hash {string} NOT NULL,
            note {text} NULL,
            created_by {string} NULL,
            created_at {timestamp} NOT NULL,
            CONSTRAINT ux_configuration_history_name_version UNIQUE (name, version),
            CONSTRAINT fk_configuration_history_configuration
                FOREIGN KEY (configuration_id) REFERENCES configurations (id) ON DELETE CASCADE
        ){table};
        CREATE INDEX ix_configuration_history_configuration_id ON configuration_history (configuration_id);

        CREATE TABLE configuration_apply_history (
            id {id},
            configuration_id {bigint} NOT NULL,
            version {int} NOT NULL,
            cluster_id {string} NOT NULL,
            command_id {string} NULL,
            status {string} NOT NULL,
            message {text} NULL,
            applied_by {string} NULL,
            applied_at {timestamp} NOT NULL,
            finished_at {timestamp} NULL,
            CONSTRAINT fk_configuration_apply_history_configuration
                FOREIGN KEY (configuration_id) REFERENCES configurations (id) ON DELETE CASCADE
        ){table};
        CREATE INDEX ix_configuration_apply_history_configuration ON configuration_apply_history (configuration_id, applied_at);
        CREATE INDEX ix_configuration_apply_history_cluster ON configuration_apply_history (cluster_id, applied_at);

        CREATE TABLE alert_rules (
            id {id},
            name {string} NOT NULL,
            description {text} NULL,
            expression {text} NOT NULL,
            severity {string} NOT NULL,
            for_seconds {int} NOT NULL DEFAULT 0,
            enabled {bool} NOT NULL,
            labels {json} NULL,
            channel_ids {json} NULL,
            created_at {timestamp} NOT NULL,
            updated_at {timestamp} NOT NULL,
            CONSTRAINT ux_alert_rules_name UNIQUE (name)
        ){table};

        CREATE TABLE alert_history (
            id {id},
            rule_id {bigint} NULL,
            rule_name {string} NOT NULL,
            cluster_id {string} NULL,
            severity {string} NOT NULL,
            state {string} NOT NULL,
            message {text} NULL,
            observed_value {text} NULL,
            started_at {timestamp} NOT NULL,
            resolved_at {timestamp} NULL,
            notified {bool} NOT NULL,
            CONSTRAINT fk_alert_history_rule FOREIGN KEY (rule_id) REFERENCES alert_rules (id) ON DELETE SET NULL
        ){table};
        CREATE INDEX ix_alert_history_rule_started ON alert_history (rule_id, started_at);
        CREATE INDEX ix_alert_history_cluster_started ON alert_history (cluster_id, started_at);

        CREATE TABLE notify_channels (
            id {id},
            name {string} NOT NULL,
            kind {string} NOT NULL,
            config {json} NOT NULL,
            encrypted_secrets {text} NULL,
            enabled {bool} NOT NULL,
            last_test_at {timestamp} NULL,
            last_test_status {string} NULL,
            last_test_message {text} NULL,
            created_at {timestamp} NOT NULL,
            updated_at {timestamp} NOT NULL,
            CONSTRAINT ux_notify_channels_name UNIQUE (name)
        ){table};

        CREATE TABLE cluster_events (
            id {id},
            cluster_id {string} NOT NULL,
            dedup_key {string} NOT NULL,
            event_uid {string} NULL,
            involved_kind {string} NOT NULL DEFAULT '',
            involved_namespace {string} NOT NULL DEFAULT '',
            involved_name {string} NOT NULL DEFAULT '',
            reason {string} NOT NULL DEFAULT '',
            event_type {string} NOT NULL DEFAULT '',
            source {string} NULL,
            message {text} NULL,
            event_count {int} NOT NULL DEFAULT 1,
            first_timestamp {timestamp} NOT NULL,
            last_timestamp {timestamp} NOT NULL,
            created_at {timestamp} NOT NULL,
            updated_at {timestamp} NOT NULL,
            CONSTRAINT ux_cluster_events_dedup UNIQUE (cluster_id, dedup_key)
        ){table};
        CREATE INDEX ix_cluster_events_cluster_last ON cluster_events (cluster_id, last_timestamp);
        CREATE INDEX ix_cluster_events_involved ON cluster_events (cluster_id, involved_namespace, involved_name);

        CREATE TABLE event_resource_snapshot (
            id {id},
            event_id {bigint} NOT NULL,
            cluster_id {string} NOT NULL,
            kind {string} NOT NULL,
            namespace {string} NOT NULL DEFAULT '',
            name {string} NOT NULL,
            content {json} NOT NULL,
            captured_at {timestamp} NOT NULL,
            CONSTRAINT ux_event_resource_snapshot_event UNIQUE (event_id),
            CONSTRAINT fk_event_resource_snapshot_event FOREIGN KEY (event_id) REFERENCES cluster_events (id) ON DELETE CASCADE
        ){table};

        CREATE TABLE ai_sessions (
            id {string} NOT NULL PRIMARY KEY,
            user_id {bigint} NULL,
            cluster_id {string} NULL,
            title {string} NOT NULL DEFAULT '',
            model {string} NULL,
            created_at {timestamp} NOT NULL,
            updated_at {timestamp} NOT NULL
        ){table};
        CREATE INDEX ix_ai_sessions_user_updated ON ai_sessions (user_id, updated_at);

        CREATE TABLE ai_messages (
            id {id},
            session_id {string} NOT NULL,
            seq {int} NOT NULL,
            role {string} NOT NULL,
            content {text} NOT NULL,
            created_at {timestamp} NOT NULL,
            CONSTRAINT ux_ai_messages_session_seq UNIQUE (session_id, seq),
            CONSTRAINT fk_ai_messages_session FOREIGN KEY (session_id) REFERENCES ai_sessions (id) ON DELETE CASCADE
        ){table};

        CREATE TABLE ai_tool_calls (
            id {id},
            session_id {string} NOT NULL,
            message_id {bigint} NULL,
            tool_call_id {string} NOT NULL,
            tool_name {string} NOT NULL,
            arguments {json} NULL,
            result {text} NULL,
            status {string} NOT NULL,
            duration_ms {bigint} NULL,
            created_at {timestamp} NOT NULL,
            finished_at {timestamp} NULL,
            CONSTRAINT fk_ai_tool_calls_session FOREIGN KEY (session_id) REFERENCES ai_sessions (id) ON DELETE CASCADE,
            CONSTRAINT fk_ai_tool_calls_message FOREIGN KEY (message_id) REFERENCES ai_messages (id) ON DELETE SET NULL
        ){table};
        CREATE INDEX ix_ai_tool_calls_session ON ai_tool_calls (session_id);

        CREATE TABLE settings (
            setting_key {string} NOT NULL PRIMARY KEY,
            setting_value {text} NOT NULL,
            updated_at {timestamp} NOT NULL
        ){table};
        """;
}
