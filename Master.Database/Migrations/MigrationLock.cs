using System.Data.Common;

namespace Master.Database.Migrations;

/// <summary>
/// A held migration lock. Where the engine's lock is itself a transaction (SQLite's <c>BEGIN IMMEDIATE</c>), every
/// migration runs inside <see cref="Transaction"/> and <see cref="CompleteAsync"/> commits them together.
/// </summary>
internal sealed class MigrationLock(DbTransaction? transaction, Func<ValueTask> release) : IAsyncDisposable
{
    private bool _released;

    public DbTransaction? Transaction { get; } = transaction;

    public async ValueTask CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (Transaction is not null)
        {
            await Transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        await DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_released)
        {
            return;
        }

        _released = true;
        try
        {
            await release().ConfigureAwait(false);
        }
        finally
        {
            if (Transaction is not null)
            {
                await Transaction.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
