using Infra.Software;

namespace Infra.Aws.Ec2;

/// <summary>One instance type's facts, as <see cref="Ec2InstanceTypes"/> lists them.</summary>
public sealed record InstanceTypeSpec(
    string Name,
    string Family,
    InstanceCategory Category,
    CpuArchitecture Architecture,
    int Vcpus,
    int MemoryMiB,
    int NumaNodes,
    int Gpus,
    string? GpuModel,
    int InstanceStoreGb);
