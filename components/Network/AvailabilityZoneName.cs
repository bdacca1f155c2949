using System.Text.RegularExpressions;

namespace Infra.Network;

/// <summary>Availability zone names: <c>&lt;region&gt;&lt;letter&gt;</c>, e.g. <c>eu-west-1a</c> in <c>eu-west-1</c>.</summary>
public static partial class AvailabilityZoneName
{
    public static bool IsValid(string zone) => ZonePattern().IsMatch(zone);

    public static string RegionOf(string zone) => zone[..^1];

    /// <summary>The zone's letter (<c>a</c>): unique within a region, so it names the zone's resources (<c>private-a</c>).</summary>
    public static string Letter(string zone) => zone[^1..];

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]+[a-z]$")]
    private static partial Regex ZonePattern();
}
