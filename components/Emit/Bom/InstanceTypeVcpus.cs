using Infra.Aws.Ec2;

namespace Infra.Emit.Bom;

/// <summary>
/// vCPUs per EC2 instance type and the On-Demand quota they count against, read from the instance type table
/// (<see cref="Ec2InstanceTypes"/>, the one source of instance facts): accelerated computing families (g4dn, g5)
/// count against the G and VT quota, every other family against the standard one. A type outside the table is
/// reported as unknown rather than guessed.
/// </summary>
public static class InstanceTypeVcpus
{
    /// <summary>The vCPUs of <paramref name="instanceType"/> and its quota, or null when the type is not in the table.</summary>
    public static InstanceTypeSize? Find(string instanceType) => Ec2InstanceTypes.Find(instanceType) is { } spec
        ? new InstanceTypeSize(instanceType, spec.Vcpus, spec.Category == InstanceCategory.AcceleratedComputing ? ServiceQuota.GAndVtOnDemandVcpus : ServiceQuota.StandardOnDemandVcpus)
        : null;
}

/// <summary>An instance type's vCPUs and the On-Demand quota they count against.</summary>
public sealed record InstanceTypeSize(string InstanceType, int Vcpus, ServiceQuota Quota);
