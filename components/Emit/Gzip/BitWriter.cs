namespace Infra.Emit.Gzip;

/// <summary>Deflate's bit order (RFC 1951 3.1.1): values least significant bit first, Huffman codes most significant bit first.</summary>
internal sealed class BitWriter
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

    public void WriteCode(HuffmanCode code, int symbol)
    {
        var length = code.Lengths[symbol];
        for (var i = length - 1; i >= 0; i--)
        {
            PushBit((code.Codes[symbol] >> i) & 1);
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
