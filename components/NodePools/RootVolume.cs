namespace Infra.NodePools;

/// <summary>
/// The encrypted gp3 root volume of a node, which holds the OS, container images and pod
/// ephemeral storage. IOPS and throughput grow with the size the pool was given: gp3 includes
/// 3,000 IOPS and 125 MiB/s at any size, and nodes pulling images in parallel for up to 250 pods
/// are bound by them.
/// </summary>
public sealed record RootVolume(int SizeGiB)
{
    /// <summary>gp3's included IOPS, free at any size.</summary>
    public const int BaselineIops = 3_000;

    /// <summary>gp3's included throughput (MiB/s), free at any size.</summary>
    public const int BaselineThroughput = 125;

    /// <summary>30 IOPS per GiB: a 100 GiB volume stays at the free baseline; 200 GiB gets 6,000.</summary>
    public const int IopsPerGiB = 30;

    /// <summary>gp3's maximum IOPS.</summary>
    public const int MaxIops = 16_000;

    /// <summary>gp3's maximum throughput (MiB/s).</summary>
    public const int MaxThroughput = 1_000;

    /// <summary>Room for the OS, the images of 250 pods and their logs; smaller disks hit image garbage collection constantly.</summary>
    public const int MinSizeGiB = 50;

    /// <summary>gp3's maximum size.</summary>
    public const int MaxSizeGiB = 16_384;

    /// <summary>Max(3,000, 30 per GiB), capped at gp3's 16,000.</summary>
    public int Iops => Math.Clamp(SizeGiB * IopsPerGiB, BaselineIops, MaxIops);

    /// <summary>
    /// Grows in proportion to <see cref="Iops"/> from the 125 MiB/s baseline, capped at 1,000 MiB/s;
    /// always within gp3's limit of 0.25 MiB/s per provisioned IOPS.
    /// </summary>
    public int Throughput => Math.Clamp(BaselineThroughput * Iops / BaselineIops, BaselineThroughput, MaxThroughput);
}
