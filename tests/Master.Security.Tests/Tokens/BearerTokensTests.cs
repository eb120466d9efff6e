using Master.Security.Tokens;

namespace Master.Security.Tests.Tokens;

/// <summary>The shape, randomness and hash of session tokens and API keys.</summary>
public sealed class BearerTokensTests
{
    [Test]
    public void Tokens_have_their_prefix_and_43_base64url_characters()
    {
        BearerTokens.NewSessionToken().Should().MatchRegex("^mst_s_[A-Za-z0-9_-]{43}$");
        BearerTokens.NewApiKey().Should().MatchRegex("^mst_k_[A-Za-z0-9_-]{43}$");
    }

    [Test]
    public void Many_tokens_are_all_different()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => BearerTokens.NewSessionToken()).ToList();

        tokens.Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void The_hash_is_stable_lower_case_hex_of_64_characters()
    {
        var token = BearerTokens.NewApiKey();

        BearerTokens.Hash(token).Should().Be(BearerTokens.Hash(token)).And.MatchRegex("^[0-9a-f]{64}$");
        BearerTokens.Hash(token).Should().NotBe(BearerTokens.Hash(BearerTokens.NewApiKey()));
    }

    [Test]
    public void The_hash_is_the_sha256_of_the_utf8_token()
    {
        BearerTokens.Hash("abc").Should().Be("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    [Test]
    public void Both_kinds_of_token_look_like_tokens()
    {
        BearerTokens.LooksLikeToken(BearerTokens.NewSessionToken()).Should().BeTrue();
        BearerTokens.LooksLikeToken(BearerTokens.NewApiKey()).Should().BeTrue();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("Bearer something")]
    [TestCase("mst_x_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [TestCase("mst_s_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [TestCase("mst_s_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [TestCase("mst_s_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [TestCase("mst_k_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+")]
    public void Garbage_a_wrong_prefix_or_a_wrong_length_does_not_look_like_a_token(string? value)
    {
        BearerTokens.LooksLikeToken(value).Should().BeFalse();
    }
}
