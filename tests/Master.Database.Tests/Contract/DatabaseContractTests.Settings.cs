using Master.Database.Settings;
using Master.Database.Tests.Support;

namespace Master.Database.Tests.Contract;

public abstract partial class DatabaseContractTests
{
    [Test]
    public async Task Setting_is_set_replaced_listed_and_deleted()
    {
        await using var database = await MigratedAsync();
        var settings = new SqlSettingRepository(database.Engines[0], new SteppingClock(Start));

        await settings.SetAsync("ui.theme", "dark");
        await settings.SetAsync("ui.theme", "light");
        await settings.SetAsync("UI.theme", "blue");
        await settings.SetAsync(Injection, Injection);

        (await settings.GetAsync("ui.theme")).Should().Be("light");
        (await settings.GetAsync("missing")).Should().BeNull();
        (await settings.ListAsync()).Should().Equal(new Dictionary<string, string>
        {
            ["ui.theme"] = "light",
            ["UI.theme"] = "blue",
            [Injection] = Injection,
        });
        (await settings.DeleteAsync("ui.theme")).Should().BeTrue();
        (await settings.DeleteAsync("ui.theme")).Should().BeFalse();
        (await settings.GetAsync("ui.theme")).Should().BeNull();
        (await settings.GetAsync(Injection)).Should().Be(Injection);
    }
}
