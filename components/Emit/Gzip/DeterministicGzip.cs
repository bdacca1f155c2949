namespace Infra.Emit.Gzip;

/// <summary>
/// A gzip encoder (RFC 1951 deflate, one block with Huffman codes built for the text, RFC 1952 framing) written here
/// rather than taken from <c>System.IO.Compression</c>, because its bytes are part of the program we emit:
/// the runtime's zlib-ng may encode the same text differently on another CPU, operating system or .NET
/// patch, and a changed user data replaces machines (etcd members among them). This encoder is plain integer
/// code, so the same text gives the same bytes wherever <c>infra compile</c> runs. The header carries no file
/// name and no time, and names no operating system (255, "unknown").
/// </summary>
/// <remarks>
/// Matching is zlib's (hash chains, one step of lazy matching); codes built for the text (a dynamic block) come
/// within a few percent of <c>gzip -9</c> on our cloud-configs, where deflate's fixed codes cost about 15% more.
/// </remarks>
public static class DeterministicGzip
{
    /// <summary>Deflate's window: a match reaches back at most 32 KiB.</summary>
    internal const int WindowSize = 32 * 1024;

    internal const int MinMatch = 3;

    internal const int MaxMatch = 258;

    /// <summary>
    /// How many earlier positions with the same 3-byte prefix are tried per position: 128 finds nearly every
    /// long match in text of tens of kilobytes while keeping compression linear in practice.
    /// </summary>
    internal const int MaxChainLength = 128;

    internal const int HashBits = 15;

    private static readonly int[] LengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];

    private static readonly int[] LengthExtraBits = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];

    private static readonly int[] DistanceBase =
        [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];

    private static readonly int[] DistanceExtraBits = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

    /// <summary>The order in which a dynamic block lists the code-length alphabet's lengths (RFC 1951 3.2.7).</summary>
    private static readonly int[] CodeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    private const int EndOfBlock = 256;

    /// <summary><paramref name="data"/> as a gzip member.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        var tokens = Tokens(data);
        var literals = HuffmanCode.For(Frequencies(tokens.Select(t => t.LiteralOrLengthSymbol).Append(EndOfBlock), 286), 15);
        var distances = HuffmanCode.For(Frequencies(tokens.Where(t => t.IsMatch).Select(t => t.DistanceSymbol), 30), 15);

        var output = new BitWriter();
        // ID1 ID2, CM = deflate, FLG = none, MTIME = 0, XFL = 0, OS = unknown.
        output.WriteBytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
        output.WriteBits(1, 1); // BFINAL: the only block
        output.WriteBits(2, 2); // BTYPE 10: codes sent with the block
        WriteCodes(output, literals, distances);
        foreach (var token in tokens)
        {
            output.WriteCode(literals, token.LiteralOrLengthSymbol);
            if (token.IsMatch)
            {
                output.WriteBits(token.Length - LengthBase[token.LengthCode], LengthExtraBits[token.LengthCode]);
                output.WriteCode(distances, token.DistanceSymbol);
                output.WriteBits(token.Distance - DistanceBase[token.DistanceSymbol], DistanceExtraBits[token.DistanceSymbol]);
            }
        }

        output.WriteCode(literals, EndOfBlock);
        output.AlignToByte();
        output.WriteUInt32(Crc32(data));
        output.WriteUInt32((uint)data.Length);
        return output.ToArray();
    }

    /// <summary>LZ77 over hash chains with one step of lazy matching, as zlib does at its higher levels.</summary>
    private static List<Token> Tokens(ReadOnlySpan<byte> data)
    {
        var tokens = new List<Token>();
        var matches = new MatchFinder(data.Length);
        var position = 0;
        while (position < data.Length)
        {
            var (length, distance) = matches.Longest(data, position);
            // A longer match starting one byte later wins: this byte goes out as a literal and that match is taken next.
            if (length >= MinMatch && matches.Longest(data, position + 1).Length <= length)
            {
                tokens.Add(Token.Match(length, distance));
                position += length;
                continue;
            }

            tokens.Add(Token.Literal(data[position]));
            position++;
        }

        return tokens;
    }

    private static int[] Frequencies(IEnumerable<int> symbols, int alphabetSize)
    {
        var frequencies = new int[alphabetSize];
        foreach (var symbol in symbols)
        {
            frequencies[symbol]++;
        }

        return frequencies;
    }

    /// <summary>
    /// RFC 1951 3.2.7: the two codes' lengths, run-length encoded with the code-length alphabet (16 repeats the
    /// previous length 3-6 times, 17 and 18 write 3-10 and 11-138 zeros), preceded by that alphabet's own code.
    /// </summary>
    private static void WriteCodes(BitWriter output, HuffmanCode literals, HuffmanCode distances)
    {
        var literalCount = Math.Max(257, LastUsed(literals.Lengths) + 1);
        var distanceCount = Math.Max(1, LastUsed(distances.Lengths) + 1);
        var runs = RunLengths([.. literals.Lengths[..literalCount], .. distances.Lengths[..distanceCount]]);
        var lengthCode = HuffmanCode.For(Frequencies(runs.Select(r => r.Symbol), 19), 7);
        var lengthCodeCount = Math.Max(4, Array.FindLastIndex(CodeLengthOrder, symbol => lengthCode.Lengths[symbol] > 0) + 1);

        output.WriteBits(literalCount - 257, 5);
        output.WriteBits(distanceCount - 1, 5);
        output.WriteBits(lengthCodeCount - 4, 4);
        foreach (var symbol in CodeLengthOrder[..lengthCodeCount])
        {
            output.WriteBits(lengthCode.Lengths[symbol], 3);
        }

        foreach (var (symbol, extra, extraBits) in runs)
        {
            output.WriteCode(lengthCode, symbol);
            output.WriteBits(extra, extraBits);
        }
    }

    private static int LastUsed(int[] lengths) => Array.FindLastIndex(lengths, length => length > 0);

    private static List<(int Symbol, int Extra, int ExtraBits)> RunLengths(int[] lengths)
    {
        var runs = new List<(int, int, int)>();
        for (var i = 0; i < lengths.Length;)
        {
            var length = lengths[i];
            var run = 1;
            while (i + run < lengths.Length && lengths[i + run] == length)
            {
                run++;
            }

            i += run;
            if (length == 0)
            {
                for (; run >= 11; run -= Math.Min(run, 138))
                {
                    runs.Add((18, Math.Min(run, 138) - 11, 7));
                }

                if (run >= 3)
                {
                    runs.Add((17, run - 3, 3));
                    run = 0;
                }
            }
            else
            {
                runs.Add((length, 0, 0));
                for (run--; run >= 3; run -= Math.Min(run, 6))
                {
                    runs.Add((16, Math.Min(run, 6) - 3, 2));
                }
            }

            for (; run > 0; run--)
            {
                runs.Add((length, 0, 0));
            }
        }

        return runs;
    }

    private static int LastIndexAtMost(int[] bases, int value)
    {
        var index = bases.Length - 1;
        while (bases[index] > value)
        {
            index--;
        }

        return index;
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xffffffffu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xedb88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    /// <summary>A literal byte, or a match of <see cref="Length"/> bytes <see cref="Distance"/> bytes back.</summary>
    private readonly record struct Token(int LiteralOrLengthSymbol, int Length, int LengthCode, int Distance, int DistanceSymbol)
    {
        public bool IsMatch => Length > 0;

        public static Token Literal(byte value) => new(value, 0, 0, 0, 0);

        public static Token Match(int length, int distance)
        {
            var lengthCode = LastIndexAtMost(LengthBase, length);
            return new(257 + lengthCode, length, lengthCode, distance, LastIndexAtMost(DistanceBase, distance));
        }
    }
}
