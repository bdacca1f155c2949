using Infra.Software;

namespace Infra.Aws.Ec2;

/// <summary>An instance family: the facts its sizes share.</summary>
public sealed record InstanceFamily(
    string Name,
    InstanceCategory Category,
    CpuArchitecture Architecture,
    int MemoryGiBPerVcpu,
    int VcpusPerSocket,
    IReadOnlyList<InstanceSize> Sizes,
    string? GpuModel = null)
{
    public InstanceTypeSpec Spec(InstanceSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        return new InstanceTypeSpec(
            $"{Name}.{size.Name}",
            Name,
            Category,
            Architecture,
            size.Vcpus,
            size.Vcpus * MemoryGiBPerVcpu * 1024,
            (size.Vcpus + VcpusPerSocket - 1) / VcpusPerSocket,
            size.Gpus,
            GpuModel,
            size.InstanceStoreGb);
    }
}
