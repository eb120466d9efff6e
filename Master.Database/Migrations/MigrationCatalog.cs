namespace Master.Database.Migrations;

/// <summary>Every migration this binary knows, in version order (docs/database.md, "Migrations").</summary>
internal static class MigrationCatalog
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "initial schema", InitialSchema.Sql),
        new(2, "event node and involved uid", EventNodeAndUid.Sql),
        new(3, "accounts and audit detail", AccountsAndAuditDetail.Sql),
        new(4, "command lifecycle", CommandLifecycle.Sql),
    ];

    public static int LatestVersion => All[^1].Version;
}
