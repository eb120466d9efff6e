using System.Security.Cryptography;
using System.Text;
using Master.Security.Secrets;

namespace Master.Security.Tests.Secrets;

/// <summary>AES-GCM at rest: round trips, fresh nonces, and every way a stored value can be wrong.</summary>
public sealed class AesGcmSecretProtectorTests
{
    private const string Purpose = "notify:slack:webhook_url";

    private readonly AesGcmSecretProtector _protector = new(NewKey());

    [TestCase("https://hooks.slack.com/services/T000/B000/XXXX")]
    [TestCase("pässwörd ✓ 密码 🔑")]
    [TestCase("")]
    public void A_protected_value_unprotects_to_the_plaintext(string plaintext)
    {
        var stored = _protector.Protect(plaintext, Purpose);

        stored.Should().StartWith("enc:v1:");
        _protector.Unprotect(stored, Purpose).Should().Be(plaintext);
    }

    [Test]
    public void The_same_plaintext_is_protected_differently_each_time()
    {
        _protector.Protect("hunter2hunter2", Purpose).Should().NotBe(_protector.Protect("hunter2hunter2", Purpose));
    }

    [Test]
    public void The_stored_value_does_not_contain_the_plaintext()
    {
        const string Plaintext = "a rather long and recognisable secret value";

        var stored = _protector.Protect(Plaintext, Purpose);
        var sealedBytes = Convert.FromBase64String(stored["enc:v1:".Length..]);

        stored.Should().NotContain(Plaintext);
        sealedBytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Plaintext)).Should().Be(-1);
    }

    [Test]
    public void A_value_moved_to_another_purpose_is_refused()
    {
        var stored = _protector.Protect("hunter2hunter2", Purpose);

        var unprotect = () => _protector.Unprotect(stored, "notify:smtp:password");

        unprotect.Should().Throw<SecretDecryptionException>().Which.Message.Should().NotContain("hunter2");
    }

    [Test]
    public void A_value_protected_with_another_key_is_refused()
    {
        var stored = new AesGcmSecretProtector(NewKey()).Protect("hunter2hunter2", Purpose);

        var unprotect = () => _protector.Unprotect(stored, Purpose);

        unprotect.Should().Throw<SecretDecryptionException>();
    }

    [Test]
    public void A_tampered_value_is_refused()
    {
        var stored = _protector.Protect("hunter2hunter2", Purpose);
        var bytes = Convert.FromBase64String(stored["enc:v1:".Length..]);
        bytes[15] ^= 0x01;

        var unprotect = () => _protector.Unprotect("enc:v1:" + Convert.ToBase64String(bytes), Purpose);

        unprotect.Should().Throw<SecretDecryptionException>();
    }

    [Test]
    public void A_truncated_value_is_refused()
    {
        var stored = _protector.Protect("hunter2hunter2", Purpose);
        var bytes = Convert.FromBase64String(stored["enc:v1:".Length..]);

        var tooShort = () => _protector.Unprotect("enc:v1:" + Convert.ToBase64String(bytes.AsSpan(0, 20)), Purpose);
        var cut = () => _protector.Unprotect("enc:v1:" + Convert.ToBase64String(bytes.AsSpan(0, bytes.Length - 1)), Purpose);

        tooShort.Should().Throw<SecretDecryptionException>();
        cut.Should().Throw<SecretDecryptionException>();
    }

    [TestCase("hunter2hunter2")]
    [TestCase("enc:v1:not base64!")]
    [TestCase("enc:v2:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public void A_value_without_the_prefix_or_base64_is_refused(string stored)
    {
        var unprotect = () => _protector.Unprotect(stored, Purpose);

        unprotect.Should().Throw<SecretDecryptionException>().Which.Message.Should().NotContain("hunter2");
    }

    [Test]
    public void Only_values_with_the_prefix_are_protected()
    {
        _protector.IsProtected(_protector.Protect("x", Purpose)).Should().BeTrue();
        _protector.IsProtected("https://hooks.slack.com/services/T000").Should().BeFalse();
    }

    private static SecretKey NewKey()
    {
        SecretKey.TryParse(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), out var key, out _).Should().BeTrue();
        return key!;
    }
}
