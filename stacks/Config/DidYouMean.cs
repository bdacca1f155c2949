namespace Infra.Stacks.Config;

/// <summary>Suggests the known name closest to a misspelt one (Levenshtein distance).</summary>
public static class DidYouMean
{
    /// <summary>The closest candidate, or null when none is close enough to be a plausible typo:
    /// at most a third of the name's length in edits (and at least 2, so short names still get a hint).</summary>
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, name.Length / 3);
        // The distance is at least the difference in length: skipping those candidates keeps a huge name cheap.
        return candidates
            .Where(candidate => Math.Abs(candidate.Length - name.Length) <= limit)
            .Select(candidate => (candidate, distance: Distance(name.ToUpperInvariant(), candidate.ToUpperInvariant())))
            .Where(c => c.distance <= limit)
            .OrderBy(c => c.distance).ThenBy(c => c.candidate, StringComparer.Ordinal)
            .Select(c => c.candidate)
            .FirstOrDefault();
    }

    /// <summary>" (did you mean 'x'?)" or empty, ready to append to a message.</summary>
    public static string Hint(string name, IEnumerable<string> candidates) =>
        Suggest(name, candidates) is { } match ? $" (did you mean '{match}'?)" : "";

    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
