using Master.Processor.Quantities;

namespace Master.Processor.Tests.Quantities;

public sealed class QuantityParserTests
{
    // Every row of agent-protocol.md §6.3.
    [TestCase("4", "Cpu", 4000d)]
    [TestCase("7800m", "Cpu", 7800d)]
    [TestCase("1204556912n", "Cpu", 1204.556912)]
    [TestCase("250u", "Cpu", 0.25)]
    [TestCase("1.5", "Cpu", 1500d)]
    [TestCase(".5", "Cpu", 500d)]
    [TestCase("2k", "Cpu", 2000000d)]
    [TestCase("1e3", "Cpu", 1000000d)]
    [TestCase("5e-4", "Cpu", 0.5)]
    [TestCase("-1", "Cpu", -1000d)]
    [TestCase("32823160Ki", "Bytes", 33610915840d)]
    [TestCase("16Gi", "Bytes", 17179869184d)]
    [TestCase("1.5Gi", "Bytes", 1610612736d)]
    [TestCase("1G", "Bytes", 1000000000d)]
    [TestCase("12E6", "Bytes", 12000000d)]
    [TestCase("1E", "Bytes", 1000000000000000000d)]
    [TestCase("7Ei", "Bytes", 8070450532247928832d)]
    [TestCase("129m", "Bytes", 1d)]
    [TestCase("94580335255", "Bytes", 94580335255d)]
    [TestCase("110", "Count", 110d)]
    [TestCase("+3", "Count", 3d)]
    public void Conformance_row_normalises_to_the_listed_value(string raw, string quantityClass, double expected)
    {
        var status = QuantityParser.Parse(raw, Enum.Parse<QuantityClass>(quantityClass), out var value);

        status.Should().Be(QuantityParseStatus.Ok);
        value.Should().Be(expected);
    }

    [TestCase("32823160Ki", 33610915840L)]
    [TestCase("7Ei", 8070450532247928832L)]
    [TestCase("129m", 1L)]
    [TestCase("94580335255", 94580335255L)]
    [TestCase("9223372036854775807", long.MaxValue)]
    [TestCase("-8Ei", long.MinValue)]
    [TestCase("-129m", -1L)]
    [TestCase("1n", 1L)]
    [TestCase("0.000000000000000000000000000001", 1L)]
    [TestCase("1.0000000000000000000000000000001Ki", 1025L)]
    [TestCase("1.00000000000000000000000000000000000000000000Ki", 1024L)]
    [TestCase("0.00048828125Mi", 512L)]
    [TestCase("0.000488281250000000000000000000000000000001Mi", 513L)]
    public void Bytes_are_exact_whole_numbers_rounded_away_from_zero(string raw, long expected)
    {
        var status = QuantityParser.ParseBytes(raw, out var bytes);

        status.Should().Be(QuantityParseStatus.Ok);
        bytes.Should().Be(expected);
    }

    [TestCase("8Ei")]
    [TestCase("9223372036854775808")]
    [TestCase("-9223372036854775809")]
    [TestCase("10E")]
    [TestCase("1e19")]
    [TestCase("1e999999999")]
    public void Bytes_outside_the_signed_64_bit_range_are_out_of_range(string raw)
    {
        var status = QuantityParser.Parse(raw, QuantityClass.Bytes, out _);

        status.Should().Be(QuantityParseStatus.OutOfRange);
    }

    [TestCase("Cpu")]
    [TestCase("Bytes")]
    [TestCase("Count")]
    public void Empty_is_unknown_without_an_error(string quantityClass)
    {
        QuantityParser.Parse("", Enum.Parse<QuantityClass>(quantityClass), out _).Should().Be(QuantityParseStatus.Empty);
        QuantityParser.Parse(" \t\r\n", Enum.Parse<QuantityClass>(quantityClass), out _).Should().Be(QuantityParseStatus.Empty);
    }

    [TestCase("1K")]
    [TestCase("1KB")]
    [TestCase("1ki")]
    [TestCase("12 Mi")]
    [TestCase("Mi")]
    [TestCase("1.2.3")]
    [TestCase("1e")]
    [TestCase("0x10")]
    [TestCase("1e3.5")]
    [TestCase("--1")]
    [TestCase(".")]
    [TestCase("+")]
    [TestCase("1e+")]
    [TestCase("1ei")]
    [TestCase("1µ")]
    [TestCase("1\u00a0Mi")]
    [TestCase("1e3 5")]
    public void Text_outside_the_grammar_is_malformed_in_every_class(string raw)
    {
        QuantityParser.Parse(raw, QuantityClass.Cpu, out _).Should().Be(QuantityParseStatus.Malformed);
        QuantityParser.Parse(raw, QuantityClass.Bytes, out _).Should().Be(QuantityParseStatus.Malformed);
        QuantityParser.Parse(raw, QuantityClass.Count, out _).Should().Be(QuantityParseStatus.Malformed);
    }

    [Test]
    public void Surrounding_ascii_whitespace_is_trimmed()
    {
        var status = QuantityParser.Parse(" \t128Mi\r\n", QuantityClass.Bytes, out var value);

        status.Should().Be(QuantityParseStatus.Ok);
        value.Should().Be(134217728d);
    }

    [Test]
    public void Capital_e_alone_is_exa_but_followed_by_digits_is_an_exponent()
    {
        QuantityParser.Parse("1E", QuantityClass.Count, out var exa).Should().Be(QuantityParseStatus.Ok);
        QuantityParser.Parse("1E3", QuantityClass.Count, out var exponent).Should().Be(QuantityParseStatus.Ok);
        QuantityParser.Parse("1e", QuantityClass.Count, out _).Should().Be(QuantityParseStatus.Malformed);

        exa.Should().Be(1e18);
        exponent.Should().Be(1000d);
    }

    [TestCase("1k", 1000d)]
    [TestCase("1M", 1e6)]
    [TestCase("1m", 0.001)]
    [TestCase("1Ki", 1024d)]
    [TestCase("1Mi", 1048576d)]
    [TestCase("1T", 1e12)]
    [TestCase("1Ti", 1099511627776d)]
    [TestCase("1P", 1e15)]
    [TestCase("1Pi", 1125899906842624d)]
    [TestCase("5.", 5d)]
    [TestCase("1E+3", 1000d)]
    [TestCase("-0", 0d)]
    [TestCase("0.1", 0.1)]
    [TestCase("1e-999999999", 0d)]
    public void Suffixes_are_case_sensitive_multipliers(string raw, double expected)
    {
        var status = QuantityParser.Parse(raw, QuantityClass.Count, out var value);

        status.Should().Be(QuantityParseStatus.Ok);
        value.Should().Be(expected);
    }

    [Test]
    public void Thousands_of_digits_are_read_without_throwing()
    {
        var ones = new string('1', 5000);
        var tiny = "0." + new string('0', 5000) + "1";

        QuantityParser.Parse(ones, QuantityClass.Count, out _).Should().Be(QuantityParseStatus.OutOfRange);
        QuantityParser.Parse(ones, QuantityClass.Bytes, out _).Should().Be(QuantityParseStatus.OutOfRange);
        QuantityParser.Parse(ones + "e-4990", QuantityClass.Count, out var scaled).Should().Be(QuantityParseStatus.Ok);
        QuantityParser.Parse(tiny, QuantityClass.Bytes, out var bytes).Should().Be(QuantityParseStatus.Ok);
        QuantityParser.Parse(tiny + "e5000", QuantityClass.Cpu, out var cpu).Should().Be(QuantityParseStatus.Ok);

        scaled.Should().Be(1111111111.11111111111111111111);
        bytes.Should().Be(1d);
        cpu.Should().Be(100d);
    }

    [TestCase("1e999999999")]
    [TestCase("1e99999999999999999999999999")]
    [TestCase("1e400")]
    [TestCase("-1e400")]
    public void Huge_exponents_are_out_of_range_for_doubles(string raw)
    {
        QuantityParser.Parse(raw, QuantityClass.Cpu, out _).Should().Be(QuantityParseStatus.OutOfRange);
        QuantityParser.Parse(raw, QuantityClass.Count, out _).Should().Be(QuantityParseStatus.OutOfRange);
    }

    [Test]
    public void Doubles_are_rounded_once_from_the_exact_decimal_value()
    {
        // 0.1 + 0.2 in binary is 0.30000000000000004; read as one decimal number it is the double nearest 0.3.
        QuantityParser.Parse("0.3", QuantityClass.Count, out var value).Should().Be(QuantityParseStatus.Ok);
        QuantityParser.Parse("300u", QuantityClass.Cpu, out var cpu).Should().Be(QuantityParseStatus.Ok);

        value.Should().Be(0.3);
        cpu.Should().Be(0.3);
    }

    [Test]
    public void Common_inputs_allocate_nothing()
    {
        string[] inputs = ["32823160Ki", "1204556912n", "7800m", "1.5Gi", "129m", "110", " 250m ", "1e3", "1K", ""];
        foreach (var input in inputs)
        {
            QuantityParser.Parse(input, QuantityClass.Cpu, out _);
            QuantityParser.Parse(input, QuantityClass.Bytes, out _);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            foreach (var input in inputs)
            {
                QuantityParser.Parse(input, QuantityClass.Cpu, out _);
                QuantityParser.Parse(input, QuantityClass.Bytes, out _);
                QuantityParser.Parse(input, QuantityClass.Count, out _);
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
    }
}
