using System.Buffers;

namespace Master.AgentSdk.Body;

/// <summary>
/// Collapses every run of JSON whitespace outside strings into one space while a body streams in. The result parses to
/// the same value (or fails the same way: tokens stay separated), and a body padded with gigabytes of whitespace costs
/// one byte of memory instead of the whole size limit.
/// </summary>
internal struct JsonWhitespaceCompactor
{
    private static readonly SearchValues<byte> QuoteOrWhitespace = SearchValues.Create(" \t\r\n\""u8);
    private static readonly SearchValues<byte> Whitespace = SearchValues.Create(" \t\r\n"u8);

    private bool _inString;
    private bool _escape;
    private bool _lastWasSpace;

    /// <summary>Copies <paramref name="input"/> to <paramref name="output"/> (at least as long) compacted; returns the bytes written.</summary>
    public int Compact(ReadOnlySpan<byte> input, Span<byte> output)
    {
        var written = 0;
        while (!input.IsEmpty)
        {
            if (_inString)
            {
                input = CopyStringPart(input, output, ref written);
                continue;
            }

            var next = input.IndexOfAny(QuoteOrWhitespace);
            if (next < 0)
            {
                Copy(input, output, ref written);
                _lastWasSpace = false;
                break;
            }

            if (next > 0)
            {
                Copy(input[..next], output, ref written);
                _lastWasSpace = false;
                input = input[next..];
            }

            if (input[0] == (byte)'"')
            {
                output[written++] = (byte)'"';
                _inString = true;
                _lastWasSpace = false;
                input = input[1..];
                continue;
            }

            if (!_lastWasSpace)
            {
                output[written++] = (byte)' ';
                _lastWasSpace = true;
            }

            var end = input.IndexOfAnyExcept(Whitespace);
            input = end < 0 ? [] : input[end..];
        }

        return written;
    }

    private ReadOnlySpan<byte> CopyStringPart(ReadOnlySpan<byte> input, Span<byte> output, scoped ref int written)
    {
        if (_escape)
        {
            output[written++] = input[0];
            _escape = false;
            return input[1..];
        }

        var stop = input.IndexOfAny((byte)'"', (byte)'\\');
        if (stop < 0)
        {
            Copy(input, output, ref written);
            return [];
        }

        Copy(input[..(stop + 1)], output, ref written);
        if (input[stop] == (byte)'\\')
        {
            _escape = true;
        }
        else
        {
            _inString = false;
        }

        return input[(stop + 1)..];
    }

    private static void Copy(ReadOnlySpan<byte> source, Span<byte> output, scoped ref int written)
    {
        source.CopyTo(output[written..]);
        written += source.Length;
    }
}
