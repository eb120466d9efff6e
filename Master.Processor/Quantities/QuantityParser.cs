using System.Globalization;
using System.Numerics;

namespace Master.Processor.Quantities;

/// <summary>
/// Reads Kubernetes quantities (agent-protocol.md §6.1) exactly in decimal and normalises them by class (§6.2).
/// Never throws and never does work proportional to an exponent: thousands of digits or <c>1e999999999</c> come back
/// as <see cref="QuantityParseStatus.OutOfRange"/> or <see cref="QuantityParseStatus.Malformed"/>. Common inputs
/// allocate nothing.
/// </summary>
internal static class QuantityParser
{
    // A double needs at most 767 significant decimal digits to be rounded correctly; past that only "is there more" matters.
    private const int MaxDoubleDigits = 800;

    // Exponents are read with saturation: anything past this is out of every class's range anyway.
    private const long MaxExponent = 1_000_000_000_000;

    private static readonly UInt128[] PowersOfTen = CreatePowersOfTen();

    /// <summary>Parses <paramref name="raw"/> and normalises it for <paramref name="quantityClass"/>.</summary>
    /// <param name="raw">The wire string; surrounding ASCII whitespace is ignored.</param>
    /// <param name="quantityClass">How to normalise.</param>
    /// <param name="value">Millicores, whole bytes or the plain value; 0 unless the status is <see cref="QuantityParseStatus.Ok"/>.</param>
    public static QuantityParseStatus Parse(ReadOnlySpan<char> raw, QuantityClass quantityClass, out double value)
    {
        if (quantityClass == QuantityClass.Bytes)
        {
            var bytesStatus = ParseBytes(raw, out var bytes);
            value = bytes;
            return bytesStatus;
        }

        value = 0;
        var status = Scan(raw, out var number);
        return status != QuantityParseStatus.Ok
            ? status
            : ToDouble(number, quantityClass == QuantityClass.Cpu ? 3 : 0, out value);
    }

    /// <summary>Parses <paramref name="raw"/> as bytes: the value rounded up away from zero to a whole number.</summary>
    public static QuantityParseStatus ParseBytes(ReadOnlySpan<char> raw, out long bytes)
    {
        bytes = 0;
        var status = Scan(raw, out var number);
        if (status != QuantityParseStatus.Ok || number.IsZero)
        {
            return status;
        }

        // The value lies in [10^m, 10^(m+1)) × 2^b with b ≤ 60.
        var magnitude = number.Magnitude;
        if (magnitude >= 19)
        {
            return QuantityParseStatus.OutOfRange;
        }

        UInt128 result;
        if (magnitude <= -20)
        {
            result = 1;
        }
        else if (!TryCeiling(number, out result))
        {
            result = CeilingOfLongNumber(number);
        }

        var limit = number.Negative ? (UInt128)long.MaxValue + 1 : long.MaxValue;
        if (result > limit)
        {
            return QuantityParseStatus.OutOfRange;
        }

        bytes = number.Negative ? (long)-(Int128)result : (long)result;
        return QuantityParseStatus.Ok;
    }

    private static QuantityParseStatus Scan(ReadOnlySpan<char> raw, out DecimalNumber number)
    {
        number = default;
        var text = raw.Trim(" \t\n\v\f\r");
        if (text.IsEmpty)
        {
            return QuantityParseStatus.Empty;
        }

        var i = 0;
        if (text[0] is '+' or '-')
        {
            number.Negative = text[0] == '-';
            i = 1;
        }

        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        number.Integer = text[start..i];
        if (i < text.Length && text[i] == '.')
        {
            start = ++i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            number.Fraction = text[start..i];
        }

        if ((number.Integer.IsEmpty && number.Fraction.IsEmpty) || !TryReadSuffix(text[i..], ref number))
        {
            return QuantityParseStatus.Malformed;
        }

        number.LocateSignificantDigits();
        return QuantityParseStatus.Ok;
    }

    private static bool TryReadSuffix(ReadOnlySpan<char> suffix, ref DecimalNumber number)
    {
        switch (suffix.Length)
        {
            case 0:
                return true;
            case 1:
                number.Exponent10 = suffix[0] switch
                {
                    'n' => -9,
                    'u' => -6,
                    'm' => -3,
                    'k' => 3,
                    'M' => 6,
                    'G' => 9,
                    'T' => 12,
                    'P' => 15,
                    'E' => 18,
                    _ => long.MinValue,
                };
                return number.Exponent10 != long.MinValue;
            case 2 when suffix[1] == 'i':
                number.Exponent2 = suffix[0] switch
                {
                    'K' => 10,
                    'M' => 20,
                    'G' => 30,
                    'T' => 40,
                    'P' => 50,
                    'E' => 60,
                    _ => 0,
                };
                return number.Exponent2 != 0;
        }

        return suffix[0] is 'e' or 'E' && TryReadExponent(suffix[1..], out number.Exponent10);
    }

    private static bool TryReadExponent(ReadOnlySpan<char> text, out long exponent)
    {
        exponent = 0;
        var negative = false;
        if (!text.IsEmpty && text[0] is '+' or '-')
        {
            negative = text[0] == '-';
            text = text[1..];
        }

        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            exponent = Math.Min(exponent * 10 + (c - '0'), MaxExponent);
        }

        exponent = negative ? -exponent : exponent;
        return true;
    }

    private static QuantityParseStatus ToDouble(in DecimalNumber number, int scale, out double value)
    {
        value = 0;
        if (number.IsZero)
        {
            return QuantityParseStatus.Ok;
        }

        var exponent = number.Exponent + scale;
        var magnitude = number.SignificantCount - 1 + exponent;
        if (magnitude > 400)
        {
            return QuantityParseStatus.OutOfRange;
        }

        if (magnitude < -400)
        {
            // Below the smallest subnormal even after a 2^60 suffix: the nearest double is zero.
            return QuantityParseStatus.Ok;
        }

        var kept = Math.Min(number.SignificantCount, MaxDoubleDigits);
        var sticky = number.SignificantCount > kept;
        exponent += number.SignificantCount - kept;

        // Digits, a sticky digit for a cut-off tail, 'e' and the exponent: the text double.Parse rounds correctly.
        Span<char> text = stackalloc char[kept + 24];
        var length = number.CopyDigits(text, kept);
        if (sticky)
        {
            text[length++] = '1';
            exponent--;
        }

        text[length++] = 'e';
        exponent.TryFormat(text[length..], out var written, default, CultureInfo.InvariantCulture);
        length += written;
        if (!double.TryParse(text[..length], NumberStyles.AllowExponent | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture, out var parsed))
        {
            return QuantityParseStatus.OutOfRange;
        }

        // Scaling by a power of two is exact, so the value is rounded once.
        parsed = Math.ScaleB(parsed, number.Exponent2);
        if (!double.IsFinite(parsed))
        {
            return QuantityParseStatus.OutOfRange;
        }

        value = number.Negative ? -parsed : parsed;
        return QuantityParseStatus.Ok;
    }

    // Up to 20 significant digits (every realistic input): exact in 128-bit integers.
    private static bool TryCeiling(in DecimalNumber number, out UInt128 result)
    {
        result = 0;
        if (number.SignificantCount > 20)
        {
            return false;
        }

        UInt128 digits = 0;
        for (var k = number.First; k <= number.Last; k++)
        {
            digits = digits * 10 + (uint)(number.DigitAt(k) - '0');
        }

        // Here -19 ≤ magnitude ≤ 18, so the exponent is at most 18 and at least -38.
        var exponent = number.Exponent;
        if (exponent >= 0)
        {
            result = digits * PowersOfTen[exponent] << number.Exponent2;
            return true;
        }

        var numerator = digits << number.Exponent2;
        var divisor = PowersOfTen[-exponent];
        var quotient = numerator / divisor;
        result = numerator % divisor == 0 ? quotient : quotient + 1;
        return true;
    }

    // More than 20 significant digits. Keeping every digit down to 10^-61 plus a "something follows" flag is exact: the
    // binary suffix is at most 2^60, so the cut-off tail can neither reach the next integer nor make the value whole.
    private static UInt128 CeilingOfLongNumber(in DecimalNumber number)
    {
        var magnitude = (int)number.Magnitude;
        var kept = Math.Min(number.SignificantCount, magnitude + 62);
        var sticky = number.SignificantCount > kept;
        var exponent = number.Exponent + (number.SignificantCount - kept);

        Span<char> text = stackalloc char[kept];
        number.CopyDigits(text, kept);
        var numerator = BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) << number.Exponent2;

        // With more than 20 digits and a magnitude of at most 18 the exponent is negative (at least -61).
        var quotient = BigInteger.DivRem(numerator, BigInteger.Pow(10, (int)-exponent), out var remainder);
        return (UInt128)(remainder.IsZero && !sticky ? quotient : quotient + 1);
    }

    private static UInt128[] CreatePowersOfTen()
    {
        var powers = new UInt128[39];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }

    /// <summary>A scanned quantity: sign, the digits on both sides of the point, and the suffix as powers of 10 and 2.</summary>
    private ref struct DecimalNumber
    {
        public bool Negative;
        public ReadOnlySpan<char> Integer;
        public ReadOnlySpan<char> Fraction;
        public long Exponent10;
        public int Exponent2;

        // Indices of the first and last non-zero digit in Integer ++ Fraction; First is -1 for zero.
        public int First;
        public int Last;

        public readonly bool IsZero => First < 0;

        public readonly int SignificantCount => Last - First + 1;

        // The value is (the significant digits as an integer) × 10^Exponent × 2^Exponent2.
        public readonly long Exponent => (long)Integer.Length - 1 - Last + Exponent10;

        // The significant digits as an integer lie in [10^(count-1), 10^count).
        public readonly long Magnitude => SignificantCount - 1 + Exponent;

        public readonly char DigitAt(int k) => k < Integer.Length ? Integer[k] : Fraction[k - Integer.Length];

        public void LocateSignificantDigits()
        {
            var total = Integer.Length + Fraction.Length;
            First = -1;
            for (var k = 0; k < total; k++)
            {
                if (DigitAt(k) != '0')
                {
                    First = k;
                    break;
                }
            }

            Last = First;
            for (var k = total - 1; k > First; k--)
            {
                if (DigitAt(k) != '0')
                {
                    Last = k;
                    break;
                }
            }
        }

        public readonly int CopyDigits(Span<char> destination, int count)
        {
            for (var i = 0; i < count; i++)
            {
                destination[i] = DigitAt(First + i);
            }

            return count;
        }
    }
}
