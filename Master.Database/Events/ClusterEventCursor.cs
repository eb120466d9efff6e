using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Master.Database.Events;

/// <summary>
/// A keyset position in the newest-first order (last timestamp, then id): the next page holds the events strictly
/// after it. Unlike an offset it neither skips nor repeats rows when newer events arrive between two pages.
/// </summary>
/// <param name="LastTimestamp">The last timestamp of the last event of the previous page.</param>
/// <param name="Id">That event's id.</param>
public sealed record ClusterEventCursor(DateTimeOffset LastTimestamp, long Id)
{
    /// <summary>The cursor as an opaque URL-safe token.</summary>
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{LastTimestamp.UtcTicks}.{Id}")));

    /// <summary>Reads a token made by <see cref="Encode"/>; false for anything else.</summary>
    public static bool TryDecode(string? token, out ClusterEventCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(token) || token.Length > 64 || !Base64Url.IsValid(token))
        {
            return false;
        }

        var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(token)).Split('.');
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        cursor = new ClusterEventCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
        return true;
    }
}
