using Infra.Emit.Gzip;
using Infra.Tests.Support;

namespace Infra.Tests.Emit.Gzip;

public class HuffmanCodeTests
{
    /// <summary>Fibonacci weights make the deepest possible tree: 24 levels for 25 symbols without a limit.</summary>
    private static readonly int[] Fibonacci = [.. Enumerable.Range(0, 25).Select(n => (int)Math.Round(Math.Pow((1 + Math.Sqrt(5)) / 2, n + 1) / Math.Sqrt(5)))];

    [Fact]
    public void No_code_is_longer_than_the_limit_and_the_code_stays_complete()
    {
        var code = HuffmanCode.For(Fibonacci, 15);

        Assert.True(code.Lengths.Max() <= 15, string.Join(',', code.Lengths));
        Assert.Equal(1.0, code.Lengths.Where(l => l > 0).Sum(l => Math.Pow(2, -l)), 9);
    }

    [Fact]
    public void A_single_used_symbol_still_gets_a_two_symbol_code()
    {
        var code = HuffmanCode.For([0, 0, 7, 0], 15);

        Assert.Equal([1, 0, 1, 0], code.Lengths);
    }

    [Fact]
    public void Codes_are_canonical_shorter_first_then_in_symbol_order()
    {
        var code = HuffmanCode.For([1, 1, 2, 4], 15);

        Assert.Equal([3, 3, 2, 1], code.Lengths);
        Assert.Equal([0b110, 0b111, 0b10, 0b0], code.Codes);
    }

    [Fact]
    public void Text_whose_byte_frequencies_need_the_limit_survives_the_round_trip()
    {
        var bytes = Fibonacci.SelectMany((weight, symbol) => Enumerable.Repeat((byte)(symbol * 7), weight)).ToArray();
        new Random(3).Shuffle(bytes);

        Assert.Equal(bytes, UserDataText.InflateBytes(DeterministicGzip.Compress(bytes)));
    }
}
