using System.Security.Cryptography;

namespace Master.Fleet.Commands;

/// <summary>
/// Command ids: UUIDv7 (RFC 9562) with the 12-bit counter of its method 1, so the ids one Master creates sort in the
/// order it created them even within one millisecond. The history lists and restores commands by (creation time, id);
/// with random ids, two commands created in the same instant could come back from a restart in the wrong order.
/// </summary>
internal sealed class CommandIds(TimeProvider timeProvider)
{
    private const int MaxCounter = 0xFFF;

    private readonly Lock _sync = new();
    private long _lastMilliseconds = -1;
    private int _counter;

    /// <summary>A new id: lower-case, hyphenated, greater than every id this instance made before.</summary>
    public string Next()
    {
        long milliseconds;
        int counter;
        lock (_sync)
        {
            milliseconds = Math.Max(timeProvider.GetUtcNow().ToUnixTimeMilliseconds(), _lastMilliseconds);
            if (milliseconds > _lastMilliseconds)
            {
                _counter = 0;
            }
            else if (++_counter > MaxCounter)
            {
                // 4,096 ids in one millisecond: borrow the next one, as RFC 9562 §6.2 allows, rather than repeat an order.
                milliseconds++;
                _counter = 0;
            }

            _lastMilliseconds = milliseconds;
            counter = _counter;
        }

        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes[8..]);
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (counter >> 8));
        bytes[7] = (byte)counter;
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
