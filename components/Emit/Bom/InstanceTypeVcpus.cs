using System.Globalization;
using System.Text.RegularExpressions;

namespace Infra.Emit.Bom;

/// <summary>
/// vCPUs per EC2 instance type, for the families the profiles, the default node pools and the control plane use:
/// what the On-Demand vCPU quotas count. Source: AWS, "Amazon EC2 instance type specifications"
/// (docs.aws.amazon.com/ec2/latest/instancetypes/): general purpose (gp.html: m6i, m6a, m7i, m7a), compute optimized
/// (co.html: c6i, c7i), memory optimized (mo.html: r6i, r7i) and accelerated computing (ac.html: g4dn, g5). In each of
/// these families a size's vCPUs follow its name: large 2, xlarge 4, <c>N</c>xlarge 4N (m6i.4xlarge 16, r6i.8xlarge 32,
/// g4dn.12xlarge 48). Metal sizes break the rule (m6i.metal 128, g4dn.metal 96) and are not in the table; a type
/// outside it is reported as unknown rather than guessed.
/// </summary>
public static partial class InstanceTypeVcpus
{
    /// <summary>Each family and the quota its On-Demand instances count against.</summary>
    private static readonly Dictionary<string, ServiceQuota> Families = new(StringComparer.Ordinal)
    {
        ["m6i"] = ServiceQuota.StandardOnDemandVcpus,
        ["m6a"] = ServiceQuota.StandardOnDemandVcpus,
        ["m7i"] = ServiceQuota.StandardOnDemandVcpus,
        ["m7a"] = ServiceQuota.StandardOnDemandVcpus,
        ["c6i"] = ServiceQuota.StandardOnDemandVcpus,
        ["c7i"] = ServiceQuota.StandardOnDemandVcpus,
        ["r6i"] = ServiceQuota.StandardOnDemandVcpus,
        ["r7i"] = ServiceQuota.StandardOnDemandVcpus,
        ["g4dn"] = ServiceQuota.GAndVtOnDemandVcpus,
        ["g5"] = ServiceQuota.GAndVtOnDemandVcpus,
    };

    /// <summary>The vCPUs of <paramref name="instanceType"/> and its quota, or null when the type is not in the table.</summary>
    public static InstanceTypeSize? Find(string instanceType)
    {
        ArgumentNullException.ThrowIfNull(instanceType);
        var match = TypeName().Match(instanceType);
        if (!match.Success || !Families.TryGetValue(match.Groups["family"].Value, out var quota))
        {
            return null;
        }

        var multiple = match.Groups["multiple"].Value;
        var vcpus = match.Groups["size"].Value == "large" ? 2 : 4 * (multiple.Length == 0 ? 1 : int.Parse(multiple, CultureInfo.InvariantCulture));
        return new InstanceTypeSize(instanceType, vcpus, quota);
    }

    [GeneratedRegex(@"^(?<family>[a-z]+[0-9][a-z]*)\.(?<size>large|(?<multiple>[1-9][0-9]?)?xlarge)$")]
    private static partial Regex TypeName();
}

/// <summary>An instance type's vCPUs and the On-Demand quota they count against.</summary>
public sealed record InstanceTypeSize(string InstanceType, int Vcpus, ServiceQuota Quota);
