using System.Data.Common;
using Master.Database.Accounts;
using Master.Database.Tests.Support;

namespace Master.Database.Tests.Contract;

public abstract partial class DatabaseContractTests
{
    [Test]
    public async Task Created_user_reads_back_by_id_and_by_username()
    {
        await using var database = await MigratedAsync();
        var users = new SqlUserRepository(database.Engines[0], new SteppingClock(Start));

        var id = await users.CreateAsync(Injection, "Ada", "hash-1", "admin");

        id.Should().NotBeNull();
        var expected = new UserRecord(id!.Value, Injection, "Ada", "hash-1", "admin", true, null, Start, Start);
        (await users.GetAsync(id.Value)).Should().Be(expected);
        (await users.GetByUsernameAsync(Injection)).Should().Be(expected);
        (await users.GetByUsernameAsync("ada")).Should().BeNull();
        (await users.GetAsync(id.Value + 1)).Should().BeNull();
    }

    [Test]
    public async Task Usernames_are_unique_but_case_sensitive()
    {
        await using var database = await MigratedAsync();
        var users = new SqlUserRepository(database.Engines[0], new SteppingClock(Start));
        await users.CreateAsync("ada", "", "h", "viewer");

        var duplicate = await users.CreateAsync("ada", "other", "h2", "admin");
        var otherCase = await users.CreateAsync("Ada", "", "h", "viewer");

        duplicate.Should().BeNull();
        otherCase.Should().NotBeNull();
        (await users.ListAsync()).Select(u => u.Username).Should().BeEquivalentTo("Ada", "ada");
    }

    [Test]
    public async Task User_role_password_login_and_disabling_change_only_that_user()
    {
        await using var database = await MigratedAsync();
        var users = new SqlUserRepository(database.Engines[0], new SteppingClock(Start));
        var ada = (await users.CreateAsync("ada", "", "old", "viewer"))!.Value;
        var bob = (await users.CreateAsync("bob", "", "bob-hash", "viewer"))!.Value;

        (await users.UpdateRoleAsync(ada, "admin")).Should().BeTrue();
        (await users.UpdatePasswordHashAsync(ada, "new")).Should().BeTrue();
        (await users.RecordLoginAsync(ada)).Should().BeTrue();
        (await users.DisableAsync(ada)).Should().BeTrue();
        (await users.UpdateRoleAsync(9999, "admin")).Should().BeFalse();
        (await users.DisableAsync(9999)).Should().BeFalse();

        var stored = (await users.GetAsync(ada))!;
        stored.Role.Should().Be("admin");
        stored.PasswordHash.Should().Be("new");
        stored.IsActive.Should().BeFalse();
        stored.LastLoginAt.Should().NotBeNull().And.BeAfter(Start);
        stored.UpdatedAt.Should().BeAfter(stored.CreatedAt);
        (await users.GetAsync(bob)).Should().BeEquivalentTo(
            new { Role = "viewer", PasswordHash = "bob-hash", IsActive = true, LastLoginAt = (DateTimeOffset?)null });
    }

    [Test]
    public async Task Deleting_a_user_deletes_its_tokens()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var users = new SqlUserRepository(database.Engines[0], clock);
        var tokens = new SqlTokenRepository(database.Engines[0], clock);
        var ada = (await users.CreateAsync("ada", "", "h", "admin"))!.Value;
        await tokens.CreateAsync(ada, TokenKind.Session, "", "session-hash", null);

        (await users.DeleteAsync(ada)).Should().BeTrue();

        (await tokens.FindValidByHashAsync("session-hash")).Should().BeNull();
        (await users.DeleteAsync(ada)).Should().BeFalse();
        (await users.ListAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task Token_is_found_by_its_hash_until_it_expires()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var users = new SqlUserRepository(database.Engines[0], clock);
        var tokens = new SqlTokenRepository(database.Engines[0], clock);
        var ada = (await users.CreateAsync("ada", "", "h", "admin"))!.Value;

        var session = (await tokens.CreateAsync(ada, TokenKind.Session, "", "s-hash", Start.AddSeconds(4)))!.Value;
        var key = (await tokens.CreateAsync(ada, TokenKind.ApiKey, "ci", Injection, null))!.Value;

        (await tokens.FindValidByHashAsync("s-hash")).Should().Be(
            new TokenRecord(session, ada, TokenKind.Session, "", "s-hash", Start.AddSeconds(4), null, Start.AddSeconds(1)));
        (await tokens.FindValidByHashAsync("s-hash")).Should().BeNull("the clock has passed the expiry");
        (await tokens.FindValidByHashAsync(Injection)).Should().BeEquivalentTo(
            new { Id = key, Kind = TokenKind.ApiKey, Name = "ci", ExpiresAt = (DateTimeOffset?)null });
        (await tokens.FindValidByHashAsync("unknown")).Should().BeNull();
        (await tokens.ListForUserAsync(ada)).Select(t => t.Id).Should().Equal(session, key);
    }

    [Test]
    public async Task Token_hashes_are_unique_and_a_token_needs_an_existing_user()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var users = new SqlUserRepository(database.Engines[0], clock);
        var tokens = new SqlTokenRepository(database.Engines[0], clock);
        var ada = (await users.CreateAsync("ada", "", "h", "admin"))!.Value;
        await tokens.CreateAsync(ada, TokenKind.Session, "", "same", null);

        var duplicate = await tokens.CreateAsync(ada, TokenKind.ApiKey, "", "same", null);
        var orphan = () => tokens.CreateAsync(ada + 1, TokenKind.Session, "", "other", null);

        duplicate.Should().BeNull();
        await orphan.Should().ThrowAsync<DbException>();
        (await tokens.ListForUserAsync(ada)).Should().ContainSingle();
    }

    [Test]
    public async Task Touching_revoking_and_purging_tokens()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var users = new SqlUserRepository(database.Engines[0], clock);
        var tokens = new SqlTokenRepository(database.Engines[0], clock);
        var ada = (await users.CreateAsync("ada", "", "h", "admin"))!.Value;
        await tokens.CreateAsync(ada, TokenKind.Session, "", "expired", Start);
        var revoked = (await tokens.CreateAsync(ada, TokenKind.Session, "", "revoked", null))!.Value;
        var kept = (await tokens.CreateAsync(ada, TokenKind.ApiKey, "", "kept", Start.AddDays(1)))!.Value;

        (await tokens.TouchAsync(kept)).Should().BeTrue();
        (await tokens.RevokeAsync(revoked)).Should().BeTrue();
        (await tokens.RevokeAsync(revoked)).Should().BeFalse();
        (await tokens.TouchAsync(revoked)).Should().BeFalse();
        var purged = await tokens.DeleteExpiredAsync();

        purged.Should().Be(1);
        var left = await tokens.ListForUserAsync(ada);
        left.Select(t => t.Id).Should().Equal(kept);
        left[0].LastUsedAt.Should().NotBeNull().And.BeAfter(left[0].CreatedAt);
    }
}
