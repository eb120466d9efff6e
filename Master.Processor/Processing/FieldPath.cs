using System.Text;

namespace Master.Processor.Processing;

/// <summary>
/// The path of the field being read, as a stack of segments (<c>pods[12]</c>, <c>containers[0]</c>, <c>limits</c>).
/// Pushing and popping allocate nothing; the text of §6.4 is built only when a warning needs it.
/// </summary>
internal sealed class FieldPath
{
    private Segment[] _segments = new Segment[8];
    private int _depth;

    public void Push(string name, int index = -1)
    {
        if (_depth == _segments.Length)
        {
            Array.Resize(ref _segments, _depth * 2);
        }

        _segments[_depth++] = new Segment(name, index);
    }

    public void Pop() => _depth--;

    /// <summary>The current path followed by <c>.field</c>, e.g. <c>nodes[0].allocatable.memory</c>.</summary>
    public string Render(string field)
    {
        var text = RenderPrefix();
        if (text.Length > 0)
        {
            text.Append('.');
        }

        return text.Append(field).ToString();
    }

    /// <summary>The current path followed by <c>.field["key"]</c>, e.g. <c>pods[1].containers[0].limits["memory"]</c>.</summary>
    public string Render(string field, string key)
    {
        var text = RenderPrefix();
        if (text.Length > 0)
        {
            text.Append('.');
        }

        text.Append(field).Append("[\"");
        foreach (var c in key)
        {
            if (c is '"' or '\\')
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return text.Append("\"]").ToString();
    }

    private StringBuilder RenderPrefix()
    {
        var text = new StringBuilder(64);
        for (var i = 0; i < _depth; i++)
        {
            if (i > 0)
            {
                text.Append('.');
            }

            ref readonly var segment = ref _segments[i];
            text.Append(segment.Name);
            if (segment.Index >= 0)
            {
                text.Append('[').Append(segment.Index).Append(']');
            }
        }

        return text;
    }

    private readonly record struct Segment(string Name, int Index);
}
