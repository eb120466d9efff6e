using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Master.Database.Commands;

/// <summary>
/// A keyset position in the newest-first command order (creation time, then id): the next page holds the commands
/// strictly after it, so commands created between two pages are neither skipped nor repeated.
/// </summary>
/// <param name="CreatedAt">The creation time of the last command of the previous page.</param>
/// <param name="Id">That command's id.</param>
public sealed record CommandCursor(DateTimeOffset CreatedAt, string Id)
{
    // A command id fits a VARCHAR(255): at most 1,020 bytes of UTF-8, well under 2,048 characters of Base64.
    private const int MaxTokenLength = 2048;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The cursor as an opaque URL-safe token.</summary>
    public string Encode() =>
        Base64Url.EncodeToString(StrictUtf8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{CreatedAt.UtcTicks}.{Id}")));

    /// <summary>Reads a token made by <see cref="Encode"/>; false for anything else.</summary>
    public static bool TryDecode(string text, [NotNullWhen(true)] out CommandCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text) || text.Length > MaxTokenLength || !Base64Url.IsValid(text))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = StrictUtf8.GetString(Base64Url.DecodeFromChars(text));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        // The id may hold dots of its own; the ticks never do.
        var dot = decoded.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0
            || dot == decoded.Length - 1
            || !long.TryParse(decoded.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        cursor = new CommandCursor(new DateTimeOffset(ticks, TimeSpan.Zero), decoded[(dot + 1)..]);
        return true;
    }
}
