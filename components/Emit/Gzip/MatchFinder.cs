namespace Infra.Emit.Gzip;

/// <summary>
/// Earlier positions by their first three bytes, newest first. Positions enter the chains in order and once,
/// and only those before the position being matched are candidates.
/// </summary>
internal sealed class MatchFinder(int length)
{
    private readonly int[] head = NewHeads();
    private readonly int[] previous = new int[length];
    private int nextToInsert;

    public (int Length, int Distance) Longest(ReadOnlySpan<byte> data, int position)
    {
        if (position + DeterministicGzip.MinMatch > data.Length)
        {
            return (0, 0);
        }

        InsertThrough(data, position - 1);
        var bestLength = 0;
        var bestDistance = 0;
        var limit = Math.Min(DeterministicGzip.MaxMatch, data.Length - position);
        var candidate = head[Hash(data, position)];
        for (var chain = 0; candidate >= 0 && chain < DeterministicGzip.MaxChainLength && position - candidate <= DeterministicGzip.WindowSize; chain++)
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

        return bestLength >= DeterministicGzip.MinMatch ? (bestLength, bestDistance) : (0, 0);
    }

    /// <summary>Chains every position up to and including <paramref name="last"/> not chained yet.</summary>
    public void InsertThrough(ReadOnlySpan<byte> data, int last)
    {
        for (; nextToInsert <= last && nextToInsert + DeterministicGzip.MinMatch <= data.Length; nextToInsert++)
        {
            var hash = Hash(data, nextToInsert);
            previous[nextToInsert] = head[hash];
            head[hash] = nextToInsert;
        }
    }

    private static int Hash(ReadOnlySpan<byte> data, int position) =>
        ((data[position] << 10) ^ (data[position + 1] << 5) ^ data[position + 2]) & ((1 << DeterministicGzip.HashBits) - 1);

    private static int[] NewHeads()
    {
        var heads = new int[1 << DeterministicGzip.HashBits];
        Array.Fill(heads, -1);
        return heads;
    }
}
