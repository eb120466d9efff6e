using Master.Security.Audit;
using Microsoft.Extensions.Time.Testing;

namespace Master.Security.Tests.Audit;

/// <summary>The queue behind the audit trail and the security events: batches, retries, and the drain at stop.</summary>
public sealed class QueuedWriterTests
{
    [Test]
    public async Task Queued_entries_are_written_in_order_in_batches()
    {
        var writer = new RecordingWriter(new FakeTimeProvider());
        await writer.StartAsync(CancellationToken.None);

        for (var i = 0; i < 1200; i++)
        {
            (await writer.EnqueueAsync(i)).Should().BeTrue();
        }

        await writer.StopAsync(CancellationToken.None);

        writer.Written.Should().Equal(Enumerable.Range(0, 1200));
        writer.Batches.Should().OnlyContain(size => size <= QueuedWriter<int>.BatchSize);
    }

    [Test]
    public async Task A_failed_write_keeps_its_batch_and_retries_it_after_the_delay()
    {
        var time = new FakeTimeProvider();
        var writer = new RecordingWriter(time) { FailuresLeft = 2 };
        await writer.StartAsync(CancellationToken.None);

        await writer.EnqueueAsync(1);
        await WaitUntilAsync(() => writer.Failures == 1);
        writer.Written.Should().BeEmpty();
        time.Advance(TimeSpan.FromSeconds(5));
        await WaitUntilAsync(() => writer.Failures == 2);
        time.Advance(TimeSpan.FromSeconds(5));
        await WaitUntilAsync(() => writer.Written.Count == 1);
        await writer.StopAsync(CancellationToken.None);

        writer.Written.Should().Equal(1);
    }

    [Test]
    public async Task Entries_queued_before_stop_are_written_by_the_stop()
    {
        using var gate = new SemaphoreSlim(0);
        var writer = new RecordingWriter(new FakeTimeProvider()) { Gate = gate };
        await writer.StartAsync(CancellationToken.None);
        await writer.EnqueueAsync(1);
        await writer.EnqueueAsync(2);
        await writer.EnqueueAsync(3);

        var stopping = writer.StopAsync(CancellationToken.None);
        gate.Release(10);
        await stopping;

        writer.Written.Should().Equal(1, 2, 3);
        (await writer.EnqueueAsync(4)).Should().BeFalse("nothing is taken once the writer has stopped");
        writer.RefusedAfterStop.Should().Be(1);
    }

    [Test]
    public async Task A_store_still_down_at_stop_gives_the_batch_up_and_says_how_many()
    {
        var writer = new RecordingWriter(new FakeTimeProvider()) { FailuresLeft = int.MaxValue };
        await writer.StartAsync(CancellationToken.None);
        await writer.EnqueueAsync(1);
        await WaitUntilAsync(() => writer.Failures == 1);

        await writer.StopAsync(CancellationToken.None);

        writer.GivenUp.Should().Be(1);
        writer.Written.Should().BeEmpty();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the writer should get there");
            await Task.Delay(10);
        }
    }

    private sealed class RecordingWriter(TimeProvider time) : QueuedWriter<int>(TimeSpan.FromSeconds(5), time)
    {
        private readonly Lock _lock = new();

        public List<int> Written { get; } = [];

        public List<int> Batches { get; } = [];

        public int FailuresLeft { get; set; }

        public int Failures { get; private set; }

        public int GivenUp { get; private set; }

        public int RefusedAfterStop { get; private set; }

        public SemaphoreSlim? Gate { get; set; }

        protected override async Task WriteAsync(IReadOnlyList<int> batch, CancellationToken cancellationToken)
        {
            if (Gate is not null)
            {
                await Gate.WaitAsync(cancellationToken);
            }

            lock (_lock)
            {
                if (FailuresLeft > 0)
                {
                    FailuresLeft--;
                    Failures++;
                    throw new InvalidOperationException("store down");
                }

                Written.AddRange(batch);
                Batches.Add(batch.Count);
            }
        }

        protected override void OnWriteFailed(int entries, bool givingUp, Exception exception)
        {
            if (givingUp)
            {
                GivenUp += entries;
            }
        }

        protected override void OnRefusedAfterStop() => RefusedAfterStop++;
    }
}
