using System.Globalization;
using System.Text.RegularExpressions;

namespace Infra.ControlPlane;

/// <summary>A released version (<c>v1.34.2</c>, <c>3.6.5</c>); build and pre-release suffixes are not accepted.</summary>
public sealed partial record ReleaseVersion(int Major, int Minor, int Patch) : IComparable<ReleaseVersion>
{
    public static ReleaseVersion Parse(string text)
    {
        var match = Pattern().Match(text ?? "");
        if (!match.Success)
        {
            throw new ArgumentException($"version '{text}' is not a release version: write major.minor.patch, e.g. 'v1.34.2' or '3.6.5'", nameof(text));
        }

        return new ReleaseVersion(Number(match, 1), Number(match, 2), Number(match, 3));
    }

    public int CompareTo(ReleaseVersion? other) =>
        other is null ? 1 : (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));

    public static bool operator <(ReleaseVersion left, ReleaseVersion right) => Compare(left, right) < 0;

    public static bool operator <=(ReleaseVersion left, ReleaseVersion right) => Compare(left, right) <= 0;

    public static bool operator >(ReleaseVersion left, ReleaseVersion right) => Compare(left, right) > 0;

    public static bool operator >=(ReleaseVersion left, ReleaseVersion right) => Compare(left, right) >= 0;

    /// <summary>Kubernetes spelling, with the leading v.</summary>
    public string Kubernetes => $"v{this}";

    /// <summary>The release line, e.g. <c>1.34</c>.</summary>
    public string Line => $"{Major}.{Minor}";

    public override string ToString() => $"{Major}.{Minor}.{Patch}";

    private static int Compare(ReleaseVersion left, ReleaseVersion right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.CompareTo(right);
    }

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^v?(\d+)\.(\d+)\.(\d+)$")]
    private static partial Regex Pattern();
}
