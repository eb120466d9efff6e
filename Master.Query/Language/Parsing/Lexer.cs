namespace Master.Query.Language.Parsing;

/// <summary>Character classes and scanning loops shared by the primitives and the diagnostics.</summary>
/// <remarks>Hand-written loops, not <c>Parse.Regex</c>, which copies the rest of the input on every attempt (notes/sprache.md P14).</remarks>
internal static class Lexer
{
    private static readonly HashSet<string> ReservedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "not", "in", "true", "false", "null", "as", "asc", "desc", "contains", "startswith", "endswith",
    };

    public static bool IsReserved(string word) => ReservedWords.Contains(word);

    /// <summary>ASCII digits only: <c>char.IsDigit</c> accepts Arabic-Indic digits too (notes/sprache.md P9).</summary>
    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    public static bool IsLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    public static bool IsIdentifierStart(char c) => IsLetter(c) || c == '_';

    public static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || IsDigit(c);

    /// <summary>The characters of an unquoted matcher value: <c>prod-eu-1</c>, <c>10.0.1.5</c>, <c>prod-*</c>.</summary>
    public static bool IsWordPart(char c) => IsIdentifierPart(c) || c is '-' or '.' or '/' or '*';

    /// <summary>Skips whitespace and <c>//</c> line comments from <paramref name="offset"/>.</summary>
    public static int SkipWhitespace(string text, int offset)
    {
        var i = offset;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>The end of the run of characters from <paramref name="offset"/> that satisfy <paramref name="part"/>.</summary>
    public static int Scan(string text, int offset, Func<char, bool> part)
    {
        var i = offset;
        while (i < text.Length && part(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The end of a string literal that starts at <paramref name="offset"/>, closing quote included; -1 when unterminated.</summary>
    public static int StringEnd(string text, int offset)
    {
        var quote = text[offset];
        for (var i = offset + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == quote)
            {
                return i + 1;
            }

            if (quote != '`' && c == '\n')
            {
                return -1;
            }

            if (quote != '`' && c == '\\')
            {
                i++;
            }
        }

        return -1;
    }

    /// <summary>
    /// The offsets of the brackets <c>( ) [ ]</c> before <paramref name="end"/>, outside strings and comments; an
    /// unterminated string ends the scan, as the rest of the text is that string.
    /// </summary>
    public static IEnumerable<int> Brackets(string text, int end)
    {
        for (var i = 0; i < end && i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"' or '\'' or '`':
                    var close = StringEnd(text, i);
                    if (close < 0)
                    {
                        yield break;
                    }

                    i = close - 1;
                    break;
                case '/' when i + 1 < text.Length && text[i + 1] == '/':
                    i = LineEnd(text, i);
                    break;
                case '(' or ')' or '[' or ']':
                    yield return i;
                    break;
            }
        }
    }

    /// <summary>The end of the line <paramref name="offset"/> is on, line break excluded.</summary>
    public static int LineEnd(string text, int offset)
    {
        var end = text.IndexOf('\n', offset);
        return end < 0 ? text.Length : end;
    }
}
