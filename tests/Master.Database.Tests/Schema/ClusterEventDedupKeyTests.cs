using Master.Database.Schema;

namespace Master.Database.Tests.Schema;

public sealed class ClusterEventDedupKeyTests
{
    [Test]
    public void An_event_with_a_uid_is_keyed_by_its_uid_alone()
    {
        ClusterEventDedupKey.For("uid-1", "Pod", "default", "web-0", "BackOff")
            .Should().Be(ClusterEventDedupKey.For("uid-1", "Node", "", "n1", "Other"))
            .And.StartWith("uid:");
    }

    [Test]
    public void An_event_without_a_uid_is_keyed_by_its_involved_object_and_reason()
    {
        var key = ClusterEventDedupKey.For(null, "Pod", "default", "web-0", "BackOff");

        key.Should().Be(ClusterEventDedupKey.For("", "Pod", "default", "web-0", "BackOff")).And.StartWith("obj:");
        key.Should().NotBe(ClusterEventDedupKey.For(null, "Pod", "default", "web-0", "Killing"));
        key.Should().NotBe(ClusterEventDedupKey.For(null, "Pod", "default-web", "0", "BackOff"));
    }

    [Test]
    public void Keys_have_a_fixed_length_that_fits_the_column_however_long_the_name()
    {
        ClusterEventDedupKey.For(null, "Pod", "ns", new string('x', 253), "BackOff").Should().HaveLength(68);
    }
}
