namespace Infra.Emit;

/// <summary>
/// A gzip encoder (RFC 1951 deflate with fixed Huffman codes in one block, RFC 1952 framing) written here
/// rather than taken from <c>System.IO.Compression</c>, because its bytes are part of the program we emit:
/// the runtime's zlib-ng may encode the same text differently on another CPU, operating system or .NET
/// patch, and a changed user data replaces machines (etcd members among them). This encoder is plain integer
/// code, so the same text gives the same bytes wherever <c>infra compile</c> runs. The header carries no file
/// name and no time, and names no operating system (255, "unknown").
/// </summary>
/// <remarks>
/// Fixed codes cost about 15% over zlib's best on our cloud-configs (measured with zlib's <c>Z_FIXED</c>
/// strategy on the control-plane user data: 5.7 KB against 4.9 KB out of 19 KB), which the 14 KB budget
/// absorbs many times over; dynamic Huffman tables would add a length-limited code builder for that 15%.
/// </remarks>
public static class DeterministicGzip
{
    /// <summary>Deflate's window: a match reaches back at most 32 KiB.</summary>
    private const int WindowSize = 32 * 1024;

    private const int MinMatch = 3;

    private const int MaxMatch = 258;

    /// <summary>
    /// How many earlier positions with the same 3-byte prefix are tried per position: 128 finds nearly every
    /// long match in text of tens of kilobytes while keeping compression linear in practice.
    /// </summary>
    private const int MaxChainLength = 128;

    private const int HashBits = 15;

    private static readonly int[] LengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];

    private static readonly int[] LengthExtraBits = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];

    private static readonly int[] DistanceBase =
        [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];

    private static readonly int[] DistanceExtraBits = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

    /// <summary><paramref name="data"/> as a gzip member.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        var output = new BitWriter();
        // ID1 ID2, CM = deflate, FLG = none, MTIME = 0, XFL = 0, OS = unknown.
        output.WriteBytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
        output.WriteBits(1, 1); // BFINAL: the only block
        output.WriteBits(1, 2); // BTYPE 01: fixed Huffman codes
        Deflate(data, output);
        WriteLiteralOrLength(output, 256); // end of block
        output.AlignToByte();
        output.WriteUInt32(Crc32(data));
        output.WriteUInt32((uint)data.Length);
        return output.ToArray();
    }

    /// <summary>LZ77 over hash chains with one step of lazy matching, as zlib does at its higher levels.</summary>
    private static void Deflate(ReadOnlySpan<byte> data, BitWriter output)
    {
        var matches = new MatchFinder(data.Length);
        var position = 0;
        while (position < data.Length)
        {
            var (length, distance) = matches.Longest(data, position);
            if (length >= MinMatch)
            {
                if (matches.Longest(data, position + 1).Length > length)
                {
                    // A longer match starts one byte later: this byte goes out as a literal and that match is taken next.
                    WriteLiteralOrLength(output, data[position]);
                    position++;
                    continue;
                }

                WriteMatch(output, length, distance);
                position += length;
                continue;
            }

            WriteLiteralOrLength(output, data[position]);
            position++;
        }
    }

    private static void WriteMatch(BitWriter output, int length, int distance)
    {
        var lengthCode = LastIndexAtMost(LengthBase, length);
        WriteLiteralOrLength(output, 257 + lengthCode);
        output.WriteBits(length - LengthBase[lengthCode], LengthExtraBits[lengthCode]);
        var distanceCode = LastIndexAtMost(DistanceBase, distance);
        output.WriteHuffman(distanceCode, 5);
        output.WriteBits(distance - DistanceBase[distanceCode], DistanceExtraBits[distanceCode]);
    }

    /// <summary>RFC 1951 3.2.6: the fixed literal/length code of <paramref name="symbol"/>.</summary>
    private static void WriteLiteralOrLength(BitWriter output, int symbol)
    {
        switch (symbol)
        {
            case <= 143: output.WriteHuffman(0x30 + symbol, 8); break;
            case <= 255: output.WriteHuffman(0x190 + symbol - 144, 9); break;
            case <= 279: output.WriteHuffman(symbol - 256, 7); break;
            default: output.WriteHuffman(0xc0 + symbol - 280, 8); break;
        }
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

    /// <summary>
    /// Earlier positions by their first three bytes, newest first. Positions enter the chains in order and once,
    /// and only those before the position being matched are candidates.
    /// </summary>
    private sealed class MatchFinder(int length)
    {
        private readonly int[] head = NewHeads();
        private readonly int[] previous = new int[length];
        private int nextToInsert;

        public (int Length, int Distance) Longest(ReadOnlySpan<byte> data, int position)
        {
            if (position + MinMatch > data.Length)
            {
                return (0, 0);
            }

            InsertThrough(data, position - 1);
            var bestLength = 0;
            var bestDistance = 0;
            var limit = Math.Min(MaxMatch, data.Length - position);
            var candidate = head[Hash(data, position)];
            for (var chain = 0; candidate >= 0 && chain < MaxChainLength && position - candidate <= WindowSize; chain++)
            {
                var matched = 0;
                while (matched < limit && data[candidate + matched] == data[position + matched])
                {
                    matched++;
                }

                if (matched > bestLength)
                {
                    (bestLength, bestDistance) = (matched, position - candidate);
                    if (matched == limit)
                    {
                        break;
                    }
                }

                candidate = previous[candidate];
            }

            return bestLength >= MinMatch ? (bestLength, bestDistance) : (0, 0);
        }

        /// <summary>Chains every position up to and including <paramref name="last"/> not chained yet.</summary>
        public void InsertThrough(ReadOnlySpan<byte> data, int last)
        {
            for (; nextToInsert <= last && nextToInsert + MinMatch <= data.Length; nextToInsert++)
            {
                var hash = Hash(data, nextToInsert);
                previous[nextToInsert] = head[hash];
                head[hash] = nextToInsert;
            }
        }

        private static int Hash(ReadOnlySpan<byte> data, int position) =>
            ((data[position] << 10) ^ (data[position + 1] << 5) ^ data[position + 2]) & ((1 << HashBits) - 1);

        private static int[] NewHeads()
        {
            var heads = new int[1 << HashBits];
            Array.Fill(heads, -1);
            return heads;
        }
    }

    /// <summary>Deflate's bit order: values least significant bit first, Huffman codes most significant bit first.</summary>
    private sealed class BitWriter
    {
        private readonly List<byte> bytes = [];
        private int pending;
        private int pendingCount;

        public void WriteBits(int value, int count)
        {
            for (var i = 0; i < count; i++)
            {
                PushBit((value >> i) & 1);
            }
        }

        public void WriteHuffman(int code, int length)
        {
            for (var i = length - 1; i >= 0; i--)
            {
                PushBit((code >> i) & 1);
            }
        }

        public void AlignToByte()
        {
            while (pendingCount != 0)
            {
                PushBit(0);
            }
        }

        public void WriteBytes(ReadOnlySpan<byte> values) => bytes.AddRange(values);

        public void WriteUInt32(uint value) => WriteBytes([(byte)value, (byte)(value >> 8), (byte)(value >> 16), (byte)(value >> 24)]);

        public byte[] ToArray() => [.. bytes];

        private void PushBit(int bit)
        {
            pending |= bit << pendingCount;
            if (++pendingCount == 8)
            {
                bytes.Add((byte)pending);
                pending = 0;
                pendingCount = 0;
            }
        }
    }
}
