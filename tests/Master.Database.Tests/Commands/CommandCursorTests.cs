using System.Buffers.Text;
using System.Text;
using Master.Database.Commands;

namespace Master.Database.Tests.Commands;

public sealed class CommandCursorTests
{
    [TestCase("cmd-1")]
    [TestCase("ns.name.with.dots")]
    [TestCase("écho ✓")]
    public void An_encoded_cursor_decodes_to_the_same_position(string id)
    {
        var cursor = new CommandCursor(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1234567), id);

        CommandCursor.TryDecode(cursor.Encode(), out var decoded).Should().BeTrue();

        decoded.Should().Be(cursor);
    }

    [Test]
    public void A_cursor_of_another_offset_decodes_to_the_same_instant_in_utc()
    {
        var cursor = new CommandCursor(new DateTimeOffset(2026, 6, 1, 14, 0, 0, TimeSpan.FromHours(2)), "cmd-1");

        CommandCursor.TryDecode(cursor.Encode(), out var decoded).Should().BeTrue();

        decoded!.CreatedAt.Should().Be(cursor.CreatedAt);
        decoded.CreatedAt.Offset.Should().Be(TimeSpan.Zero);
    }

    [TestCase("")]
    [TestCase("not a cursor!")]
    [TestCase("MTIz")]
    public void Anything_but_an_encoded_cursor_is_refused(string token)
    {
        CommandCursor.TryDecode(token, out var cursor).Should().BeFalse();

        cursor.Should().BeNull();
    }

    [TestCase("123.")]
    [TestCase(".cmd-1")]
    [TestCase("-1.cmd-1")]
    [TestCase("1e3.cmd-1")]
    [TestCase("99999999999999999999.cmd-1")]
    [TestCase("3155378976000000000.cmd-1")]
    public void A_token_that_does_not_name_a_position_is_refused(string text)
    {
        CommandCursor.TryDecode(Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text)), out var cursor).Should().BeFalse();

        cursor.Should().BeNull();
    }

    [Test]
    public void A_token_that_is_not_utf8_or_too_long_is_refused()
    {
        CommandCursor.TryDecode(Base64Url.EncodeToString([(byte)'1', (byte)'.', 0xFF]), out _).Should().BeFalse();
        CommandCursor.TryDecode(new CommandCursor(DateTimeOffset.UnixEpoch, new string('x', 2000)).Encode(), out _).Should().BeFalse();
    }
}
