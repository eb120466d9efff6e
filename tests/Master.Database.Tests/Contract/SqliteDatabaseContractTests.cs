using Master.Database.Tests.Support;

namespace Master.Database.Tests.Contract;

public sealed class SqliteDatabaseContractTests : DatabaseContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => SqliteTestDatabase.CreateAsync();

    [Test]
    public async Task Transaction_waiting_for_the_file_lock_of_another_can_be_cancelled_and_the_next_one_runs()
    {
        await using var database = await MigratedAsync();
        var engine = database.Engines[0];
        using var holding = new SemaphoreSlim(0);
        using var release = new SemaphoreSlim(0);
        var first = engine.InTransactionAsync(
            async (_, transaction) =>
            {
                holding.Release();
                await release.WaitAsync();
                await transaction.CommitAsync();
                return 1;
            },
            CancellationToken.None);
        await holding.WaitAsync();

        // In SQLite's busy handler a waiting writer could not be cancelled until the lock holder finished.
        using var cancellation = new CancellationTokenSource();
        var waiting = engine.InTransactionAsync((_, _) => Task.FromResult(2), cancellation.Token);
        await cancellation.CancelAsync();

        await FluentActions.Awaiting(() => waiting.WaitAsync(TimeSpan.FromSeconds(10))).Should().ThrowAsync<OperationCanceledException>();
        release.Release();
        (await first).Should().Be(1);
        (await engine.InTransactionAsync(
            async (_, transaction) =>
            {
                await transaction.CommitAsync();
                return 3;
            },
            CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10))).Should().Be(3);
    }
}
