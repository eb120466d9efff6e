using Master.Fleet.Commands;
using Microsoft.Extensions.Time.Testing;

namespace Master.Fleet.Tests.Commands;

public sealed class CommandIdsTests
{
    [Test]
    public void Ids_are_lower_case_hyphenated_version_7_uuids_carrying_the_creation_millisecond()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 12, 6, 5, 41, 331, TimeSpan.Zero));

        var id = new CommandIds(time).Next();

        id.Should().MatchRegex("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
        Convert.ToInt64(id[..8] + id[9..13], 16).Should().Be(time.GetUtcNow().ToUnixTimeMilliseconds());
    }

    [Test]
    public void Ids_made_in_one_millisecond_sort_in_the_order_they_were_made_even_past_the_counter()
    {
        var ids = new CommandIds(new FakeTimeProvider());

        var made = Enumerable.Range(0, 10_000).Select(_ => ids.Next()).ToList();

        made.Should().BeInAscendingOrder(StringComparer.Ordinal);
        made.Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void A_clock_that_steps_back_does_not_break_the_order()
    {
        var time = new SettableClock { Now = DateTimeOffset.UnixEpoch.AddYears(56) };
        var ids = new CommandIds(time);
        var before = ids.Next();

        time.Now -= TimeSpan.FromSeconds(5);

        string.CompareOrdinal(ids.Next(), before).Should().BePositive();
    }

    // FakeTimeProvider refuses to go back in time; a wall clock corrected by NTP does not.
    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
