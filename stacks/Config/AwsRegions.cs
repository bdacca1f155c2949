namespace Infra.Stacks.Config;

/// <summary>
/// Commercial AWS regions and the letters of their availability zones, used to check <c>aws:region</c> and
/// <c>infra:availabilityZones</c> offline.
/// Source: AWS documentation "Regions and Zones" and <c>aws ec2 describe-availability-zones</c>, as known in
/// mid-2025. Zone letters map to physical zones per account; a few regions offer an account fewer zones than
/// listed (us-west-1 offers two of a/b/c). When AWS opens a region or zone, add a line here.
/// GovCloud and China regions are left out: they need another partition and credentials this project does not use.
/// </summary>
public static class AwsRegions
{
    private static readonly SortedDictionary<string, string> ZoneLettersByRegion = new(StringComparer.Ordinal)
    {
        ["af-south-1"] = "abc",
        ["ap-east-1"] = "abc",
        ["ap-east-2"] = "abc",
        ["ap-northeast-1"] = "acd",
        ["ap-northeast-2"] = "abcd",
        ["ap-northeast-3"] = "abc",
        ["ap-south-1"] = "abc",
        ["ap-south-2"] = "abc",
        ["ap-southeast-1"] = "abc",
        ["ap-southeast-2"] = "abc",
        ["ap-southeast-3"] = "abc",
        ["ap-southeast-4"] = "abc",
        ["ap-southeast-5"] = "abc",
        ["ap-southeast-7"] = "abc",
        ["ca-central-1"] = "abd",
        ["ca-west-1"] = "abc",
        ["eu-central-1"] = "abc",
        ["eu-central-2"] = "abc",
        ["eu-north-1"] = "abc",
        ["eu-south-1"] = "abc",
        ["eu-south-2"] = "abc",
        ["eu-west-1"] = "abc",
        ["eu-west-2"] = "abc",
        ["eu-west-3"] = "abc",
        ["il-central-1"] = "abc",
        ["me-central-1"] = "abc",
        ["me-south-1"] = "abc",
        ["mx-central-1"] = "abc",
        ["sa-east-1"] = "abc",
        ["us-east-1"] = "abcdef",
        ["us-east-2"] = "abc",
        ["us-west-1"] = "abc",
        ["us-west-2"] = "abcd",
    };

    /// <summary>Region codes in ordinal order.</summary>
    public static IEnumerable<string> Codes => ZoneLettersByRegion.Keys;

    public static bool IsKnown(string region) => ZoneLettersByRegion.ContainsKey(region);

    /// <summary>Zone names of a known region in letter order (<c>eu-west-1a</c>, <c>eu-west-1b</c>, ...).</summary>
    public static IReadOnlyList<string> Zones(string region) =>
        [.. ZoneLettersByRegion[region].Select(letter => $"{region}{letter}")];
}
