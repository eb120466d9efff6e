using Master.Security.Passwords;

namespace Master.Security.Tests.Passwords;

/// <summary>PBKDF2 hashes: round trip, salt, the stored iteration count, and hashes this cannot read.</summary>
public sealed class PasswordHasherTests
{
    // The lowest count the hasher accepts, so most tests stay fast.
    private readonly PasswordHasher _fast = new(10_000);

    [Test]
    public void A_hashed_password_verifies()
    {
        var hash = _fast.Hash("correct horse battery");

        hash.Should().StartWith("pbkdf2-sha256$10000$");
        PasswordHasher.Verify("correct horse battery", hash).Should().BeTrue();
    }

    [Test]
    public void The_default_hasher_uses_600000_iterations_and_verifies()
    {
        var hasher = new PasswordHasher();

        var hash = hasher.Hash("correct horse battery");

        hash.Should().StartWith("pbkdf2-sha256$600000$");
        PasswordHasher.Verify("correct horse battery", hash).Should().BeTrue();
        hasher.NeedsRehash(hash).Should().BeFalse();
    }

    [Test]
    public void A_wrong_password_does_not_verify()
    {
        PasswordHasher.Verify("wrong horse battery", _fast.Hash("correct horse battery")).Should().BeFalse();
    }

    [Test]
    public void Two_hashes_of_one_password_differ_by_their_salt()
    {
        _fast.Hash("correct horse battery").Should().NotBe(_fast.Hash("correct horse battery"));
    }

    [TestCase("")]
    [TestCase("garbage")]
    [TestCase("bcrypt$10000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [TestCase("pbkdf2-sha256$abc$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [TestCase("pbkdf2-sha256$10000$not base64!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [TestCase("pbkdf2-sha256$10000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA")]
    [TestCase("pbkdf2-sha256$9999$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [TestCase("pbkdf2-sha256$10000001$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [TestCase("pbkdf2-sha256$10000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=$extra")]
    public void A_malformed_or_unknown_hash_does_not_verify_and_does_not_throw(string encodedHash)
    {
        var verify = () => PasswordHasher.Verify("correct horse battery", encodedHash);

        verify.Should().NotThrow().Which.Should().BeFalse();
    }

    [Test]
    public void The_iteration_count_stored_in_the_hash_is_honoured()
    {
        var oldHash = _fast.Hash("correct horse battery");

        PasswordHasher.Verify("correct horse battery", oldHash).Should().BeTrue();
        new PasswordHasher().NeedsRehash(oldHash).Should().BeTrue();
    }

    [Test]
    public void A_hash_at_the_current_count_needs_no_rehash()
    {
        _fast.NeedsRehash(_fast.Hash("correct horse battery")).Should().BeFalse();
        new PasswordHasher(20_000).NeedsRehash(_fast.Hash("correct horse battery")).Should().BeTrue();
    }

    [Test]
    public void The_dummy_hash_is_computed_once_and_matches_no_guess()
    {
        _fast.DummyHash.Should().BeSameAs(_fast.DummyHash);
        PasswordHasher.Verify("correct horse battery", _fast.DummyHash).Should().BeFalse();
    }
}
