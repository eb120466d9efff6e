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

        var id = await users.CreateAsync(Injection, "Ada", "ada@example.com", "hash-1", "admin");

        id.Should().NotBeNull();
        var expected = new UserRecord(id!.Value, Injection, "Ada", "ada@example.com", "hash-1", "admin", true, null, Start, Start);
        (await users.GetAsync(id.Value)).Should().Be(expected);
        (await users.GetByUsernameAsync(Injection)).Should().Be(expected);
        (await users.GetByUsernameAsync("ada")).Should().BeNull();
        (await users.GetAsync(id.Value + 1)).Should().BeNull();
    }

    [Test]
    public async Task Usernames_are_unique_but_case_sensitive_and_every_user_counts()
    {
        await using var database = await MigratedAsync();
        var users = new SqlUserRepository(database.Engines[0], new SteppingClock(Start));
        (await users.CountAsync()).Should().Be(0);
        await users.CreateAsync("ada", "", "", "h", "viewer");

        var duplicate = await users.CreateAsync("ada", "other", "", "h2", "admin");
        var otherCase = await users.CreateAsync("Ada", "", "", "h", "viewer");

        duplicate.Should().BeNull();
        otherCase.Should().NotBeNull();
        (await users.ListAsync()).Select(u => u.Username).Should().BeEquivalentTo("Ada", "ada");
        await users.UpdateAsync(otherCase!.Value, new UserChange(IsActive: false));
        (await users.CountAsync()).Should().Be(2, "a disabled user still counts");
    }

    [Test]
    public async Task User_update_sets_the_given_fields_and_keeps_the_others()
    {
        await using var database = await MigratedAsync();
        var users = new SqlUserRepository(database.Engines[0], new SteppingClock(Start));
        var ada = (await users.CreateAsync("ada", "Ada", "ada@old.example", "old", "viewer"))!.Value;
        var bob = (await users.CreateAsync("bob", "", "", "bob-hash", "viewer"))!.Value;

        (await users.UpdateAsync(ada, new UserChange(Role: "operator", Email: Injection))).Should().Be(UserWriteResult.Done);
        (await users.UpdateAsync(ada, new UserChange(PasswordHash: "new", DisplayName: "Ada L."))).Should().Be(UserWriteResult.Done);
        (await users.RecordLoginAsync(ada)).Should().BeTrue();
        (await users.UpdateAsync(ada, new UserChange(IsActive: false))).Should().Be(UserWriteResult.Done);
        (await users.UpdateAsync(ada, new UserChange())).Should().Be(UserWriteResult.Done);
        (await users.UpdateAsync(9999, new UserChange(Role: "admin"))).Should().Be(UserWriteResult.NotFound);
        (await users.UpdateAsync(0, new UserChange(Role: "admin"))).Should().Be(UserWriteResult.NotFound);
        (await users.DeleteAsync(0)).Should().Be(UserWriteResult.NotFound);
        (await users.RecordLoginAsync(9999)).Should().BeFalse();

        var stored = (await users.GetAsync(ada))!;
        stored.Should().BeEquivalentTo(
            new { Username = "ada", DisplayName = "Ada L.", Email = Injection, PasswordHash = "new", Role = "operator", IsActive = false });
        stored.LastLoginAt.Should().NotBeNull().And.BeAfter(Start);
        stored.UpdatedAt.Should().BeAfter(stored.LastLoginAt!.Value, "an empty change still stamps the update time");
        (await users.GetAsync(bob)).Should().BeEquivalentTo(
            new { Role = "viewer", PasswordHash = "bob-hash", IsActive = true, LastLoginAt = (DateTimeOffset?)null, UpdatedAt = Start.AddSeconds(1) });
    }

    [Test]
    public async Task The_last_active_admin_cannot_be_demoted_disabled_or_deleted()
    {
        await using var database = await MigratedAsync();
        var users = new SqlUserRepository(database.Engines[0], new SteppingClock(Start));
        var ada = (await users.CreateAsync("ada", "", "", "h", "admin"))!.Value;
        var bob = (await users.CreateAsync("bob", "", "", "h", "admin"))!.Value;
        var eve = (await users.CreateAsync("eve", "", "", "h", "viewer"))!.Value;

        (await users.UpdateAsync(bob, new UserChange(IsActive: false))).Should().Be(UserWriteResult.Done, "ada is still an admin");
        var before = await users.GetAsync(ada);

        (await users.UpdateAsync(ada, new UserChange(Role: "viewer", Email: "changed"))).Should().Be(UserWriteResult.LastAdmin);
        (await users.UpdateAsync(ada, new UserChange(IsActive: false))).Should().Be(UserWriteResult.LastAdmin);
        (await users.DeleteAsync(ada)).Should().Be(UserWriteResult.LastAdmin);
        (await users.GetAsync(ada)).Should().Be(before, "a refused write changes nothing");

        (await users.UpdateAsync(ada, new UserChange(Role: "admin", DisplayName: "Ada"))).Should().Be(UserWriteResult.Done, "she stays an admin");
        (await users.UpdateAsync(bob, new UserChange(Role: "viewer"))).Should().Be(UserWriteResult.Done, "bob is not an active admin");
        (await users.DeleteAsync(eve)).Should().Be(UserWriteResult.Done);
        (await users.UpdateAsync(bob, new UserChange(Role: "admin", IsActive: true))).Should().Be(UserWriteResult.Done);
        (await users.DeleteAsync(ada)).Should().Be(UserWriteResult.Done, "bob is an active admin again");
        (await users.DeleteAsync(ada)).Should().Be(UserWriteResult.NotFound);
        (await users.ListAsync()).Should().ContainSingle().Which.Should().Match<UserRecord>(u => u.Id == bob && u.Role == "admin" && u.IsActive);
    }

    [Test]
    public async Task Two_admins_demoting_each_other_at_once_leave_one_admin()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var setup = new SqlUserRepository(database.Engines[0], clock);

        // Each side on an engine of its own, as two Master instances would be; several rounds to give the race a chance.
        var first = new SqlUserRepository(database.CreateEngine(), TimeProvider.System);
        var second = new SqlUserRepository(database.CreateEngine(), TimeProvider.System);
        for (var round = 0; round < 5; round++)
        {
            var ada = (await setup.CreateAsync($"ada-{round}", "", "", "h", "admin"))!.Value;
            var bob = (await setup.CreateAsync($"bob-{round}", "", "", "h", "admin"))!.Value;
            foreach (var earlier in (await setup.ListAsync()).Where(u => u.Id != ada && u.Id != bob))
            {
                (await setup.DeleteAsync(earlier.Id)).Should().Be(UserWriteResult.Done);
            }

            // Odd rounds race a deletion against the demotion, which the same lock guards.
            var results = await Task.WhenAll(
                Task.Run(() => first.UpdateAsync(ada, new UserChange(Role: "viewer"))),
                Task.Run(() => round % 2 == 0 ? second.UpdateAsync(bob, new UserChange(Role: "viewer")) : second.DeleteAsync(bob)));

            results.Should().BeEquivalentTo([UserWriteResult.Done, UserWriteResult.LastAdmin]);
            (await setup.ListAsync()).Where(u => u.Role == "admin" && u.IsActive).Should().ContainSingle();
        }
    }

    [Test]
    public async Task Deleting_a_user_deletes_its_tokens()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var users = new SqlUserRepository(database.Engines[0], clock);
        var tokens = new SqlTokenRepository(database.Engines[0], clock);
        var ada = (await users.CreateAsync("ada", "", "", "h", "viewer"))!.Value;
        await tokens.CreateAsync(ada, TokenKind.Session, "", "session-hash", null);

        (await users.DeleteAsync(ada)).Should().Be(UserWriteResult.Done);

        (await tokens.FindByHashAsync("session-hash")).Should().BeNull();
        (await users.DeleteAsync(ada)).Should().Be(UserWriteResult.NotFound);
        (await users.ListAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task Token_is_found_by_its_hash_and_id_even_once_expired()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var users = new SqlUserRepository(database.Engines[0], clock);
        var tokens = new SqlTokenRepository(database.Engines[0], clock);
        var ada = (await users.CreateAsync("ada", "", "", "h", "admin"))!.Value;

        var session = (await tokens.CreateAsync(ada, TokenKind.Session, "", "s-hash", Start))!.Value;
        var key = (await tokens.CreateAsync(ada, TokenKind.ApiKey, "ci", Injection, null))!.Value;

        var expired = new TokenRecord(session, ada, TokenKind.Session, "", "s-hash", Start, null, Start.AddSeconds(1));
        (await tokens.FindByHashAsync("s-hash")).Should().Be(expired, "the caller tells expired from unknown");
        (await tokens.GetAsync(session)).Should().Be(expired);
        (await tokens.FindByHashAsync(Injection)).Should().BeEquivalentTo(
            new { Id = key, Kind = TokenKind.ApiKey, Name = "ci", ExpiresAt = (DateTimeOffset?)null });
        (await tokens.FindByHashAsync("unknown")).Should().BeNull();
        (await tokens.GetAsync(key + 1)).Should().BeNull();
        (await tokens.ListForUserAsync(ada)).Select(t => t.Id).Should().Equal(session, key);
        (await tokens.ListForUserAsync(ada, TokenKind.ApiKey)).Select(t => t.Id).Should().Equal(key);
        (await tokens.ListForUserAsync(ada, TokenKind.Session)).Select(t => t.Id).Should().Equal(session);
    }

    [Test]
    public async Task Token_hashes_are_unique_and_a_token_needs_an_existing_user()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var users = new SqlUserRepository(database.Engines[0], clock);
        var tokens = new SqlTokenRepository(database.Engines[0], clock);
        var ada = (await users.CreateAsync("ada", "", "", "h", "admin"))!.Value;
        await tokens.CreateAsync(ada, TokenKind.Session, "", "same", null);

        var duplicate = await tokens.CreateAsync(ada, TokenKind.ApiKey, "", "same", null);
        var orphan = () => tokens.CreateAsync(ada + 1, TokenKind.Session, "", "other", null);

        duplicate.Should().BeNull();
        await orphan.Should().ThrowAsync<DbException>();
        (await tokens.ListForUserAsync(ada)).Should().ContainSingle();
    }

    [Test]
    public async Task Touching_many_tokens_writes_each_last_use_and_never_moves_it_backwards()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var users = new SqlUserRepository(database.Engines[0], clock);
        var tokens = new SqlTokenRepository(database.Engines[0], clock);
        var ada = (await users.CreateAsync("ada", "", "", "h", "admin"))!.Value;
        var a = (await tokens.CreateAsync(ada, TokenKind.Session, "", "a", null))!.Value;
        var b = (await tokens.CreateAsync(ada, TokenKind.ApiKey, "", "b", null))!.Value;
        var untouched = (await tokens.CreateAsync(ada, TokenKind.ApiKey, "", "c", null))!.Value;
        var revoked = (await tokens.CreateAsync(ada, TokenKind.Session, "", "d", null))!.Value;
        await tokens.RevokeAsync(revoked);

        await tokens.TouchManyAsync(new Dictionary<long, DateTimeOffset> { [a] = Start.AddMinutes(2), [b] = Start.AddMinutes(1), [revoked] = Start });
        await tokens.TouchManyAsync(new Dictionary<long, DateTimeOffset> { [a] = Start.AddMinutes(1), [b] = Start.AddMinutes(3) });
        await tokens.TouchManyAsync(new Dictionary<long, DateTimeOffset>());

        (await tokens.GetAsync(a))!.LastUsedAt.Should().Be(Start.AddMinutes(2), "an older use does not move it backwards");
        (await tokens.GetAsync(b))!.LastUsedAt.Should().Be(Start.AddMinutes(3));
        (await tokens.GetAsync(untouched))!.LastUsedAt.Should().BeNull();
        (await tokens.GetAsync(revoked)).Should().BeNull();
    }

    [Test]
    public async Task Touching_more_tokens_than_a_batch_holds_writes_them_all()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var users = new SqlUserRepository(database.Engines[0], clock);
        var tokens = new SqlTokenRepository(database.Engines[0], clock);
        var ada = (await users.CreateAsync("ada", "", "", "h", "admin"))!.Value;
        var real = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            real.Add((await tokens.CreateAsync(ada, TokenKind.Session, "", $"t{i}", null))!.Value);
        }

        // Ids of tokens that do not exist fill the first batches, so the real ones are in the last batch.
        var lastUsed = Enumerable.Range(1, (SqlTokenRepository.TouchBatchSize * 2) + 7)
            .ToDictionary(i => -(long)i, i => Start.AddSeconds(i));
        foreach (var id in real)
        {
            lastUsed[id] = Start.AddHours(id);
        }

        await tokens.TouchManyAsync(lastUsed);

        (await tokens.ListForUserAsync(ada)).Select(t => t.LastUsedAt).Should().Equal(real.Select(id => (DateTimeOffset?)Start.AddHours(id)));
    }

    [Test]
    public async Task Revoking_a_users_tokens_deletes_those_of_the_kind_and_only_that_user()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var users = new SqlUserRepository(database.Engines[0], clock);
        var tokens = new SqlTokenRepository(database.Engines[0], clock);
        var ada = (await users.CreateAsync("ada", "", "", "h", "admin"))!.Value;
        var bob = (await users.CreateAsync("bob", "", "", "h", "viewer"))!.Value;
        await tokens.CreateAsync(ada, TokenKind.Session, "", "s1", null);
        await tokens.CreateAsync(ada, TokenKind.Session, "", "s2", Start);
        var key = (await tokens.CreateAsync(ada, TokenKind.ApiKey, "ci", "k1", null))!.Value;
        var bobs = (await tokens.CreateAsync(bob, TokenKind.Session, "", "s3", null))!.Value;

        (await tokens.RevokeForUserAsync(ada, TokenKind.Session)).Should().Be(2);
        (await tokens.ListForUserAsync(ada)).Select(t => t.Id).Should().Equal(key);
        (await tokens.RevokeForUserAsync(ada, TokenKind.Session)).Should().Be(0);
        (await tokens.RevokeForUserAsync(ada)).Should().Be(1);

        (await tokens.ListForUserAsync(ada)).Should().BeEmpty();
        (await tokens.ListForUserAsync(bob)).Select(t => t.Id).Should().Equal(bobs);
    }

    [Test]
    public async Task Revoking_and_purging_tokens()
    {
        await using var database = await MigratedAsync();
        var clock = new SteppingClock(Start);
        var users = new SqlUserRepository(database.Engines[0], clock);
        var tokens = new SqlTokenRepository(database.Engines[0], clock);
        var ada = (await users.CreateAsync("ada", "", "", "h", "admin"))!.Value;
        await tokens.CreateAsync(ada, TokenKind.Session, "", "expired", Start);
        var revoked = (await tokens.CreateAsync(ada, TokenKind.Session, "", "revoked", null))!.Value;
        var kept = (await tokens.CreateAsync(ada, TokenKind.ApiKey, "", "kept", Start.AddDays(1)))!.Value;

        (await tokens.RevokeAsync(revoked)).Should().BeTrue();
        (await tokens.RevokeAsync(revoked)).Should().BeFalse();
        var purged = await tokens.DeleteExpiredAsync();

        purged.Should().Be(1);
        (await tokens.ListForUserAsync(ada)).Select(t => t.Id).Should().Equal(kept);
    }
}
