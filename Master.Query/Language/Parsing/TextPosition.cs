namespace Master.Query.Language.Parsing;

/// <summary>A 1-based line and column, counted in UTF-16 code units as editors and JavaScript count them.</summary>
internal readonly record struct TextPosition(int Line, int Column)
{
    public static TextPosition Of(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        var end = Math.Min(offset, text.Length);
        for (var i = 0; i < end; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new TextPosition(line, offset - lineStart + 1);
    }
}
