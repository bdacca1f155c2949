namespace Infra.Aws.Ec2;

/// <summary>What an instance family is built for; accelerated types count against the G and VT vCPU quota.</summary>
public enum InstanceCategory
{
    GeneralPurpose,
    ComputeOptimized,
    MemoryOptimized,

    /// <summary>Large, fast NVMe instance store (i4i); standard vCPU quota.</summary>
    StorageOptimized,
    AcceleratedComputing,
}
