using System.Globalization;

namespace Infra.Kubernetes;

/// <summary>
/// Reads Kubernetes resource quantities (<c>500m</c>, <c>2</c>, <c>512Mi</c>, <c>1G</c>, <c>1e3</c>)
/// so components can validate requests and limits before the API server refuses them.
/// </summary>
public static class Quantity
{
    private static readonly (string Suffix, decimal Factor)[] Suffixes =
    [
        ("Ki", 1024m), ("Mi", 1024m * 1024), ("Gi", 1024m * 1024 * 1024), ("Ti", 1024m * 1024 * 1024 * 1024),
        ("Pi", 1024m * 1024 * 1024 * 1024 * 1024), ("Ei", 1024m * 1024 * 1024 * 1024 * 1024 * 1024),
        ("n", 0.000000001m), ("u", 0.000001m), ("m", 0.001m), ("k", 1e3m), ("M", 1e6m), ("G", 1e9m), ("T", 1e12m),
        ("P", 1e15m), ("E", 1e18m),
    ];

    /// <summary>The quantity's value in base units (cores, bytes); false when it is not a quantity.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text) || text.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var factor = 1m;
        var number = text;
        foreach (var (suffix, suffixFactor) in Suffixes)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                factor = suffixFactor;
                number = text[..^suffix.Length];
                break;
            }
        }

        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        value = amount * factor;
        return true;
    }
}
