using Master.Processor.Processing;

namespace Master.Processor.Tests.Processing;

public sealed class FieldPathTests
{
    [Test]
    public void Segments_render_with_dots_and_indexes()
    {
        var path = new FieldPath();
        path.Push("nodes", 0);
        path.Push("allocatable");

        path.Render("memory").Should().Be("nodes[0].allocatable.memory");
    }

    [Test]
    public void Map_keys_are_quoted_and_escaped()
    {
        var path = new FieldPath();
        path.Push("pods", 12);
        path.Push("containers", 0);

        path.Render("limits", "memory").Should().Be("pods[12].containers[0].limits[\"memory\"]");
        path.Render("limits", "a\"b\\c").Should().Be("pods[12].containers[0].limits[\"a\\\"b\\\\c\"]");
    }

    [Test]
    public void Popped_segments_are_gone_and_a_top_level_field_stands_alone()
    {
        var path = new FieldPath();
        for (var i = 0; i < 20; i++)
        {
            path.Push("deep", i);
        }

        for (var i = 0; i < 20; i++)
        {
            path.Pop();
        }

        path.Render("fetchedAt").Should().Be("fetchedAt");
    }
}
