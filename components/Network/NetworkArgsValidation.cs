using System.Text.RegularExpressions;

namespace Infra.Network;

/// <summary>
/// Checks <see cref="NetworkArgs"/> before anything is declared. Each message names the bad value and
/// the fix. Policies (e.g. "prod spans three zones") are not checked here: they are the policy packs' job.
/// </summary>
internal static partial class NetworkArgsValidation
{
    public static void Validate(NetworkArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!ClusterNamePattern().IsMatch(args.ClusterName))
        {
            Fail($"NetworkArgs.ClusterName '{args.ClusterName}' is not valid: use lower-case letters, digits and '-', starting with a letter (e.g. 'prod-eu')");
        }

        ValidateTags(args.Tags);
        ValidateZones(args.AvailabilityZones);
        var vpc = ParseCidr(args.VpcCidr, "NetworkArgs.VpcCidr", "'10.0.0.0/16'");
        foreach (var cidr in args.PublicIngressCidrs)
        {
            ParseCidr(cidr, "NetworkArgs.PublicIngressCidrs", "'203.0.113.0/24'");
        }

        if (args.ExistingVpc is { } existing)
        {
            ValidateExisting(existing, args.SubnetCidrs);
        }
        else if (args.SubnetCidrs is { } explicitCidrs)
        {
            ValidateExplicitSubnets(vpc, explicitCidrs, args.AvailabilityZones.Count);
        }
        else
        {
            ValidateCarving(vpc, args.VpcCidr, args.AvailabilityZones.Count);
        }
    }

    private static void ValidateTags(IReadOnlyDictionary<string, string> tags)
    {
        if (tags.ContainsKey("Name"))
        {
            Fail($"NetworkArgs.Tags sets 'Name' to '{tags["Name"]}': the network names each resource itself; remove 'Name' from the common tags");
        }
    }

    private static void ValidateZones(IReadOnlyList<string> zones)
    {
        if (zones.Count == 0)
        {
            Fail("NetworkArgs.AvailabilityZones is empty: list at least one zone name, e.g. [\"eu-west-1a\", \"eu-west-1b\", \"eu-west-1c\"]");
        }

        foreach (var zone in zones)
        {
            if (!AvailabilityZoneName.IsValid(zone))
            {
                Fail($"availability zone '{zone}' is not a zone name: write the region followed by the zone letter, e.g. 'eu-west-1a'");
            }
        }

        if (zones.GroupBy(z => z, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            Fail($"NetworkArgs.AvailabilityZones lists '{duplicate.Key}' more than once: each zone gets its own subnets, remove the duplicate");
        }

        if (zones.FirstOrDefault(z => AvailabilityZoneName.RegionOf(z) != AvailabilityZoneName.RegionOf(zones[0])) is { } stray)
        {
            Fail($"availability zones '{zones[0]}' and '{stray}' are in different regions: a VPC lives in one region, list zones of '{AvailabilityZoneName.RegionOf(zones[0])}' only");
        }
    }

    private static void ValidateCarving(Ipv4Cidr vpc, string text, int zoneCount)
    {
        if (vpc.PrefixLength is < SubnetCarving.MinVpcPrefixLength or > SubnetCarving.MaxVpcPrefixLength)
        {
            Fail($"NetworkArgs.VpcCidr '{text}' cannot be carved into subnets: use a prefix from /{SubnetCarving.MinVpcPrefixLength} to /{SubnetCarving.MaxVpcPrefixLength} (e.g. '10.0.0.0/16'), or set SubnetCidrs explicitly");
        }

        if (zoneCount > SubnetCarving.MaxZones)
        {
            Fail($"NetworkArgs.AvailabilityZones lists {zoneCount} zones but carving has room for {SubnetCarving.MaxZones}: list fewer zones or set SubnetCidrs explicitly");
        }
    }

    private static void ValidateExplicitSubnets(Ipv4Cidr vpc, IReadOnlyList<ZoneSubnetCidrs> subnets, int zoneCount)
    {
        if (subnets.Count != zoneCount)
        {
            Fail($"NetworkArgs.SubnetCidrs has {subnets.Count} entries for {zoneCount} zones: give one entry (private and public block) per zone, in zone order");
        }

        var blocks = new List<(string Text, Ipv4Cidr Cidr)>();
        foreach (var text in subnets.SelectMany(s => new[] { s.Private, s.Public }))
        {
            var cidr = ParseCidr(text, "NetworkArgs.SubnetCidrs", "'10.0.0.0/19'");
            if (!vpc.Contains(cidr))
            {
                Fail($"subnet CIDR '{text}' lies outside the VPC CIDR '{vpc}': choose a block inside the VPC");
            }

            if (blocks.FirstOrDefault(b => b.Cidr.Overlaps(cidr)) is { Text: not null } clash)
            {
                Fail($"subnet CIDRs '{clash.Text}' and '{text}' overlap: give every subnet its own block");
            }

            blocks.Add((text, cidr));
        }
    }

    private static void ValidateExisting(ExistingVpc existing, IReadOnlyList<ZoneSubnetCidrs>? subnetCidrs)
    {
        if (subnetCidrs is not null)
        {
            Fail("NetworkArgs.SubnetCidrs is set for an adopted VPC: its subnets already exist, remove SubnetCidrs");
        }

        RequirePrefix(existing.VpcId, "vpc-", "ExistingVpc.VpcId");
        foreach (var zone in existing.Zones)
        {
            if (zone.PublicSubnetId is { } publicSubnetId)
            {
                RequirePrefix(publicSubnetId, "subnet-", $"ExistingZone({zone.AvailabilityZone}).PublicSubnetId");
            }

            RequirePrefix(zone.PrivateSubnetId, "subnet-", $"ExistingZone({zone.AvailabilityZone}).PrivateSubnetId");
            var cidr = ParseCidr(zone.PrivateSubnetCidr, $"ExistingZone({zone.AvailabilityZone}).PrivateSubnetCidr", "10.20.32.0/19");
            if (!ParseCidr(existing.VpcCidr, "ExistingVpc.VpcCidr", "10.20.0.0/16").Contains(cidr))
            {
                Fail($"ExistingZone({zone.AvailabilityZone}).PrivateSubnetCidr '{zone.PrivateSubnetCidr}' is outside the VPC's {existing.VpcCidr}: give the subnet's own range");
            }
        }

        foreach (var routeTable in existing.PrivateRouteTableIds)
        {
            RequirePrefix(routeTable, "rtb-", "ExistingVpc.PrivateRouteTableIds");
        }
    }

    private static void RequirePrefix(string id, string prefix, string property)
    {
        if (!id.StartsWith(prefix, StringComparison.Ordinal))
        {
            Fail($"{property} '{id}' is not an id of that kind: give the id AWS shows, starting with '{prefix}'");
        }
    }

    private static Ipv4Cidr ParseCidr(string text, string property, string example)
    {
        if (!Ipv4Cidr.TryParse(text, out var cidr, out var problem))
        {
            Fail($"{property} '{text}' {problem} (e.g. {example})");
        }

        return cidr;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Fail(string message) => throw new ArgumentException(message);

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex ClusterNamePattern();
}
