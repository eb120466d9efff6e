using System.Data.Common;
using Master.Database.Configurations;
using Master.Database.Registry;
using Master.Database.Tests.Support;

namespace Master.Database.Tests.Contract;

public abstract partial class DatabaseContractTests
{
    [Test]
    public async Task Configuration_names_are_unique_and_a_new_one_starts_at_version_zero()
    {
        await using var database = await MigratedAsync();
        var configurations = new SqlConfigurationRepository(database.Engines[0], new SteppingClock(Start));
        var labels = new Dictionary<string, string> { ["tier"] = Injection };

        var id = await configurations.CreateAsync("agent", "the agent config", labels, "ada");
        var duplicate = await configurations.CreateAsync("agent", null, new Dictionary<string, string>(), null);
        await configurations.CreateAsync("Agent", null, new Dictionary<string, string>(), null);

        id.Should().NotBeNull();
        duplicate.Should().BeNull();
        (await configurations.GetAsync("agent")).Should().BeEquivalentTo(
            new ConfigurationRecord(id!.Value, "agent", "the agent config", 0, labels, "ada", Start, Start));
        (await configurations.ListAsync()).Select(c => c.Name).Should().BeEquivalentTo("Agent", "agent");
        (await configurations.GetAsync(Injection)).Should().BeNull();
    }

    [Test]
    public async Task Appending_versions_moves_the_current_version_and_refuses_a_taken_or_skipped_one()
    {
        await using var database = await MigratedAsync();
        var configurations = new SqlConfigurationRepository(database.Engines[0], new SteppingClock(Start));
        var id = (await configurations.CreateAsync("agent", null, new Dictionary<string, string>(), null))!.Value;

        (await configurations.AppendVersionAsync("agent", 1, "a: 1", "h1", "first", "ada")).Should().Be(WriteOutcome.Written);
        (await configurations.AppendVersionAsync("agent", 2, "a: 2", "h2", null, "bob")).Should().Be(WriteOutcome.Written);
        var taken = await configurations.AppendVersionAsync("agent", 2, "a: 2b", "h2b", null, null);
        var skipped = await configurations.AppendVersionAsync("agent", 4, "a: 4", "h4", null, null);
        var unknown = await configurations.AppendVersionAsync("nope", 1, "x", "h", null, null);

        taken.Should().Be(WriteOutcome.Conflict);
        skipped.Should().Be(WriteOutcome.Conflict);
        unknown.Should().Be(WriteOutcome.NotFound);
        (await configurations.GetAsync("agent"))!.CurrentVersion.Should().Be(2);
        (await configurations.ListVersionsAsync("agent")).Select(v => (v.Version, v.Content)).Should().Equal((2, "a: 2"), (1, "a: 1"));
        (await configurations.GetVersionAsync("agent", 1)).Should().BeEquivalentTo(new
        {
            ConfigurationId = id,
            Name = "agent",
            Version = 1,
            Content = "a: 1",
            ContentHash = "h1",
            Note = "first",
            CreatedBy = "ada",
        });
        (await configurations.GetVersionAsync("agent", 3)).Should().BeNull();
    }

    [Test]
    public async Task Apply_attempts_are_recorded_per_cluster_and_finished()
    {
        await using var database = await MigratedAsync();
        var configurations = new SqlConfigurationRepository(database.Engines[0], new SteppingClock(Start));
        var applies = new SqlConfigurationApplyRepository(database.Engines[0]);
        var id = (await configurations.CreateAsync("agent", null, new Dictionary<string, string>(), null))!.Value;
        await configurations.AppendVersionAsync("agent", 1, "a: 1", "h1", null, null);

        var onC1 = await applies.RecordAsync(new ConfigurationApplyRecord(0, id, 1, "c1", "cmd-1", "pending", null, "ada", Start));
        var onC2 = await applies.RecordAsync(
            new ConfigurationApplyRecord(0, id, 1, "c2", null, "pending", null, "ada", Start.AddMinutes(1)));
        var again = await applies.RecordAsync(
            new ConfigurationApplyRecord(0, id, 1, "c1", "cmd-2", "pending", null, null, Start.AddMinutes(2)));
        (await applies.FinishAsync(onC1, "failed", "timeout", Start.AddMinutes(1))).Should().BeTrue();
        (await applies.FinishAsync(again + 100, "failed", null, Start)).Should().BeFalse();

        (await applies.ListAsync(id)).Select(a => a.Id).Should().Equal(again, onC2, onC1);
        var onC1History = await applies.ListAsync(id, "c1");
        onC1History.Select(a => a.Id).Should().Equal(again, onC1);
        onC1History[1].Should().Be(
            new ConfigurationApplyRecord(onC1, id, 1, "c1", "cmd-1", "failed", "timeout", "ada", Start, Start.AddMinutes(1)));
        (await applies.ListAsync(id, Injection)).Should().BeEmpty();
    }

    [Test]
    public async Task Deleting_a_configuration_removes_its_versions_and_apply_history()
    {
        await using var database = await MigratedAsync();
        var configurations = new SqlConfigurationRepository(database.Engines[0], new SteppingClock(Start));
        var applies = new SqlConfigurationApplyRepository(database.Engines[0]);
        var id = (await configurations.CreateAsync("agent", null, new Dictionary<string, string>(), null))!.Value;
        await configurations.AppendVersionAsync("agent", 1, "a: 1", "h1", null, null);
        await applies.RecordAsync(new ConfigurationApplyRecord(0, id, 1, "c1", null, "pending", null, null, Start));

        (await configurations.DeleteAsync("agent")).Should().BeTrue();

        (await configurations.ListVersionsAsync("agent")).Should().BeEmpty();
        (await applies.ListAsync(id)).Should().BeEmpty();
        (await configurations.DeleteAsync("agent")).Should().BeFalse();
        var orphan = () => applies.RecordAsync(new ConfigurationApplyRecord(0, id, 1, "c1", null, "pending", null, null, Start));
        await orphan.Should().ThrowAsync<DbException>();
    }
}
