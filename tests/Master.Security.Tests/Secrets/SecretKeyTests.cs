using System.Security.Cryptography;
using Master.Security.Secrets;

namespace Master.Security.Tests.Secrets;

/// <summary>Where the secret key comes from: the configured value, or a key file created once with mode 600.</summary>
public sealed class SecretKeyTests
{
    private string _dataDirectory = null!;

    [SetUp]
    public void CreateDataDirectory()
    {
        _dataDirectory = Directory.CreateTempSubdirectory("master-security-").FullName;
    }

    [TearDown]
    public void DeleteDataDirectory()
    {
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Test]
    public void The_key_file_is_created_once_and_reused()
    {
        var first = SecretKey.LoadOrCreate(_dataDirectory);
        var second = SecretKey.LoadOrCreate(_dataDirectory);

        RoundTrips(first, second).Should().BeTrue();
        Directory.GetFiles(_dataDirectory).Should().ContainSingle().Which.Should().EndWith("secret.key");
    }

    [Test]
    public void The_key_file_is_readable_only_by_its_owner()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Windows has no Unix file modes.");
            return;
        }

        SecretKey.LoadOrCreate(_dataDirectory);

        File.GetUnixFileMode(Path.Combine(_dataDirectory, "secret.key"))
            .Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Test]
    public void A_key_file_with_trailing_whitespace_is_read()
    {
        var base64 = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        File.WriteAllText(Path.Combine(_dataDirectory, "secret.key"), base64 + "\n  \n");

        RoundTrips(SecretKey.LoadOrCreate(_dataDirectory), Parse(base64)).Should().BeTrue();
    }

    [Test]
    public void A_malformed_key_file_stops_with_a_clear_message()
    {
        var path = Path.Combine(_dataDirectory, "secret.key");
        File.WriteAllText(path, Convert.ToBase64String(new byte[16]));

        var load = () => SecretKey.LoadOrCreate(_dataDirectory);

        load.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain(path).And.Contain("16 bytes");
    }

    [Test]
    public void A_configured_key_wins_over_the_file()
    {
        var fileKey = SecretKey.LoadOrCreate(_dataDirectory);
        var configured = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

        var resolved = SecretKey.Resolve(configured, _dataDirectory);

        RoundTrips(resolved, Parse(configured)).Should().BeTrue();
        RoundTrips(resolved, fileKey).Should().BeFalse();
    }

    [Test]
    public void Without_a_configured_key_the_file_is_used()
    {
        var fileKey = SecretKey.LoadOrCreate(_dataDirectory);

        RoundTrips(SecretKey.Resolve(null, _dataDirectory), fileKey).Should().BeTrue();
    }

    [Test]
    public void A_malformed_configured_key_names_the_setting()
    {
        var resolve = () => SecretKey.Resolve("bm90IGEga2V5", _dataDirectory);

        resolve.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("MASTER_SECRET_KEY");
        File.Exists(Path.Combine(_dataDirectory, "secret.key")).Should().BeFalse();
    }

    [TestCase(null, "0 bytes")]
    [TestCase("not base64!", "not base64")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAA==", "16 bytes")]
    public void TryParse_says_what_is_wrong(string? base64, string expected)
    {
        SecretKey.TryParse(base64, out var key, out var problem).Should().BeFalse();

        key.Should().BeNull();
        problem.Should().Contain("exactly 32 bytes").And.Contain(expected);
    }

    [Test]
    public void The_key_does_not_show_its_bytes()
    {
        var base64 = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        Parse(base64).ToString().Should().NotContain(base64);
    }

    private static SecretKey Parse(string base64)
    {
        SecretKey.TryParse(base64, out var key, out var problem).Should().BeTrue(problem);
        return key!;
    }

    private static bool RoundTrips(SecretKey protectWith, SecretKey unprotectWith)
    {
        var stored = new AesGcmSecretProtector(protectWith).Protect("probe", "test");
        try
        {
            return new AesGcmSecretProtector(unprotectWith).Unprotect(stored, "test") == "probe";
        }
        catch (SecretDecryptionException)
        {
            return false;
        }
    }
}
