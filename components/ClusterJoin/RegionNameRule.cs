using System.Text.RegularExpressions;

namespace Infra.ClusterJoin;

/// <summary>What a region may be in node scripts' settings: an AWS region name, a plain word the scripts can source.</summary>
internal static partial class RegionNameRule
{
    /// <summary>The fix to name in error messages.</summary>
    public const string Requirement = "give the stack's region, e.g. 'eu-west-1'";

    public static bool IsValid(string region) => region is not null && Pattern().IsMatch(region);

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]+$")]
    private static partial Regex Pattern();
}
