using System.Net;
using Master.Host.Configuration;

namespace Master.Host.Tests.Configuration;

public sealed class ValueParsersTests
{
    [TestCase("500ms", 500)]
    [TestCase("45s", 45_000)]
    [TestCase("5m", 300_000)]
    [TestCase("1h", 3_600_000)]
    [TestCase("7d", 604_800_000)]
    [TestCase("1h30m", 5_400_000)]
    [TestCase("1m30s500ms", 90_500)]
    [TestCase("1.5s", 1_500)]
    [TestCase(" 25s ", 25_000)]
    [TestCase("00:00:25", 25_000)]
    [TestCase("1.00:00:00", 86_400_000)]
    public void Duration_parses(string text, long milliseconds)
    {
        ValueParsers.TryParseDuration(text, out var value).Should().BeTrue();

        value.Should().Be(TimeSpan.FromMilliseconds(milliseconds));
    }

    [TestCase("")]
    [TestCase("25")]
    [TestCase("-5s")]
    [TestCase("5x")]
    [TestCase("s")]
    [TestCase("1..5s")]
    [TestCase("5 s")]
    [TestCase("99999999999999d")]
    public void Duration_refuses(string text)
    {
        ValueParsers.TryParseDuration(text, out _).Should().BeFalse();
    }

    [TestCase("268435456", 268_435_456L)]
    [TestCase("512KiB", 524_288L)]
    [TestCase("64MiB", 67_108_864L)]
    [TestCase("1GiB", 1_073_741_824L)]
    [TestCase("64mib", 67_108_864L)]
    [TestCase("100B", 100L)]
    [TestCase(" 1 GiB ", 1_073_741_824L)]
    public void Byte_size_parses(string text, long bytes)
    {
        ValueParsers.TryParseByteSize(text, out var value).Should().BeTrue();

        value.Should().Be(bytes);
    }

    [TestCase("lots")]
    [TestCase("")]
    [TestCase("-1")]
    [TestCase("1.5MiB")]
    [TestCase("64MB")]
    [TestCase("99999999999TiB")]
    public void Byte_size_refuses(string text)
    {
        ValueParsers.TryParseByteSize(text, out _).Should().BeFalse();
    }

    [TestCase("0", 0)]
    [TestCase("1", 1)]
    [TestCase("8080", 8080)]
    [TestCase("65535", 65535)]
    public void Port_parses(string text, int port)
    {
        ValueParsers.TryParsePort(text, out var value).Should().BeTrue();

        value.Should().Be(port);
    }

    [TestCase("65536")]
    [TestCase("70000")]
    [TestCase("-1")]
    [TestCase("http")]
    [TestCase("")]
    public void Port_refuses(string text)
    {
        ValueParsers.TryParsePort(text, out _).Should().BeFalse();
    }

    [TestCase("0.0.0.0")]
    [TestCase("127.0.0.1")]
    [TestCase("::")]
    [TestCase("::1")]
    public void Ip_address_parses(string text)
    {
        ValueParsers.TryParseIPAddress(text, out var address).Should().BeTrue();

        address.Should().Be(IPAddress.Parse(text));
    }

    [TestCase("localhost")]
    [TestCase("256.0.0.1")]
    [TestCase("")]
    public void Ip_address_refuses(string text)
    {
        ValueParsers.TryParseIPAddress(text, out _).Should().BeFalse();
    }

    [TestCase("token", 1)]
    [TestCase("TOKEN", 1)]
    [TestCase(" Off ", 0)]
    public void Choice_matches_case_insensitively(string text, int index)
    {
        ValueParsers.TryParseChoice(text, ["off", "token"], out var value).Should().BeTrue();

        value.Should().Be(index);
    }

    [Test]
    public void Choice_refuses_an_unlisted_value()
    {
        ValueParsers.TryParseChoice("basic", ["off", "token"], out _).Should().BeFalse();
    }
}
