using Master.Database.Events;

namespace Master.Database.Tests.Events;

public sealed class ClusterEventCursorTests
{
    [Test]
    public void An_encoded_cursor_decodes_to_the_same_position()
    {
        var cursor = new ClusterEventCursor(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1234567), 42);

        ClusterEventCursor.TryDecode(cursor.Encode(), out var decoded).Should().BeTrue();

        decoded.Should().Be(cursor);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("not a cursor!")]
    [TestCase("MTIz")]
    [TestCase("LTEuMg")]
    public void Anything_but_an_encoded_cursor_is_refused(string? token)
    {
        ClusterEventCursor.TryDecode(token, out var cursor).Should().BeFalse();

        cursor.Should().BeNull();
    }
}
