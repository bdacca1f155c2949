namespace Infra.Emit.Gzip;

/// <summary>
/// A canonical Huffman code (RFC 1951 3.2.2) for symbol frequencies, no code longer than a limit (15 bits for
/// literals, lengths and distances; 7 for the code-length alphabet). Built deterministically: ties between equal
/// weights go to the lower symbol, or the earlier merged node, so the same frequencies give the same code.
/// </summary>
internal sealed class HuffmanCode
{
    private HuffmanCode(int[] lengths)
    {
        Lengths = lengths;
        Codes = CanonicalCodes(lengths);
    }

    /// <summary>Each symbol's code length in bits; 0 for a symbol that never occurs.</summary>
    public int[] Lengths { get; }

    public int[] Codes { get; }

    /// <summary>
    /// The code for <paramref name="frequencies"/>. At least two symbols get a code (a one-symbol code is not a
    /// complete prefix code, which decoders such as zlib refuse): the lowest unused symbols are added with weight 1.
    /// Past <paramref name="maxLength"/>, the weights are halved (never below 1) and the code rebuilt, which flattens
    /// the tree until it fits; our texts need that rarely, and it costs a fraction of a percent when they do.
    /// </summary>
    public static HuffmanCode For(IReadOnlyList<int> frequencies, int maxLength)
    {
        var weights = frequencies.ToArray();
        for (var symbol = 0; weights.Count(w => w > 0) < 2; symbol++)
        {
            weights[symbol] = Math.Max(weights[symbol], 1);
        }

        while (true)
        {
            var lengths = TreeDepths(weights);
            if (lengths.Max() <= maxLength)
            {
                return new HuffmanCode(lengths);
            }

            weights = [.. weights.Select(w => w == 0 ? 0 : Math.Max(1, w / 2))];
        }
    }

    private static int[] TreeDepths(int[] weights)
    {
        // Leaves are 0..n-1, merged nodes n, n+1, ...; the queue orders by weight, then by node number.
        var parent = new List<int>(Enumerable.Repeat(-1, weights.Length));
        var queue = new PriorityQueue<int, (long Weight, int Node)>();
        for (var symbol = 0; symbol < weights.Length; symbol++)
        {
            if (weights[symbol] > 0)
            {
                queue.Enqueue(symbol, (weights[symbol], symbol));
            }
        }

        while (queue.Count > 1)
        {
            queue.TryDequeue(out var first, out var firstPriority);
            queue.TryDequeue(out var second, out var secondPriority);
            var merged = parent.Count;
            parent.Add(-1);
            parent[first] = merged;
            parent[second] = merged;
            queue.Enqueue(merged, (firstPriority.Weight + secondPriority.Weight, merged));
        }

        var lengths = new int[weights.Length];
        for (var symbol = 0; symbol < weights.Length; symbol++)
        {
            for (var node = symbol; weights[symbol] > 0 && parent[node] >= 0; node = parent[node])
            {
                lengths[symbol]++;
            }
        }

        return lengths;
    }

    /// <summary>RFC 1951 3.2.2: codes of one length are consecutive, in symbol order, after all shorter codes.</summary>
    private static int[] CanonicalCodes(int[] lengths)
    {
        var maxLength = lengths.Max();
        var countOfLength = new int[maxLength + 1];
        foreach (var length in lengths.Where(l => l > 0))
        {
            countOfLength[length]++;
        }

        var nextCode = new int[maxLength + 1];
        for (int length = 1, code = 0; length <= maxLength; length++)
        {
            code = (code + countOfLength[length - 1]) << 1;
            nextCode[length] = code;
        }

        return [.. lengths.Select(length => length == 0 ? 0 : nextCode[length]++)];
    }
}
