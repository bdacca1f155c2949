using Infra.Software;

namespace Infra.Aws.Ec2;

/// <summary>
/// The facts of every EC2 instance type this library plans with: vCPUs, memory, architecture, NUMA nodes, GPUs and
/// instance store, one row per family and the sizes it comes in. Source: AWS, "Amazon EC2 instance type
/// specifications" (docs.aws.amazon.com/ec2/latest/instancetypes/): general purpose (gp.html), compute optimized
/// (co.html), memory optimized (mo.html), storage optimized (so.html) and accelerated computing (ac.html), which list
/// each size's vCPUs, memory, processor, GPUs and instance store. Instance store sizes are the total of a size's NVMe
/// volumes from "Instance store volumes" (awsdocs/amazon-ec2-user-guide, doc_source/InstanceStorage.md at commit
/// e3707c431483ec0ffffcabebd36cf799ba682cd0; processors and memory of m6id, c6id, r6id and i4i from its
/// general-purpose-instances.md, compute-optimized-instances.md, memory-optimized-instances.md and
/// storage-optimized-instances.md). Rules those pages bear out for these families: a size's vCPUs follow its name
/// (medium 1, large 2, xlarge 4, <c>N</c>xlarge 4N) and its memory is the family's GiB per vCPU times its vCPUs
/// (m 4, c 2, r 8, i4i 8, g4dn and g5 4). A family with a <c>d</c> is its base family with NVMe instance store on
/// every size, the same vCPUs, memory and processor. Metal sizes break the first rule and are left out. NUMA nodes are the sockets an
/// instance spans: a size fits one socket up to the vCPUs one processor of the family offers (its cores, times two
/// with simultaneous multithreading), and spans two above it (m6i.32xlarge, m7i.48xlarge). A type outside the table
/// is unknown, never guessed: add its family here, with its source.
/// </summary>
public static class Ec2InstanceTypes
{
    private static readonly string[] GravitonSizes = ["medium", "large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge"];

    private static readonly string[] IceLakeSizes = ["large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge"];

    /// <summary>GB of NVMe instance store of m6id, c6id and r6id at each of <see cref="IceLakeSizes"/>: one table for the three.</summary>
    private static readonly int[] IceLakeInstanceStoreGb = [118, 237, 474, 950, 1900, 2 * 1425, 2 * 1900, 4 * 1425, 4 * 1900];

    /// <summary>Each family: its category, processor, architecture, GiB per vCPU, vCPUs per socket and sizes.</summary>
    public static IReadOnlyList<InstanceFamily> Families { get; } =
    [
        // 7th generation Intel (Xeon 8488C, Sapphire Rapids: 48 cores, 96 vCPUs per socket).
        Intel7("m7i", InstanceCategory.GeneralPurpose, 4),
        Intel7("c7i", InstanceCategory.ComputeOptimized, 2),
        Intel7("r7i", InstanceCategory.MemoryOptimized, 8),
        // 7th generation AMD (EPYC 9R14, Genoa: 96 cores without multithreading, 96 vCPUs per socket).
        Amd7("m7a", InstanceCategory.GeneralPurpose, 4),
        Amd7("c7a", InstanceCategory.ComputeOptimized, 2),
        Amd7("r7a", InstanceCategory.MemoryOptimized, 8),
        // 6th generation Intel (Xeon 8375C, Ice Lake: 32 cores, 64 vCPUs per socket).
        Intel6("m6i", InstanceCategory.GeneralPurpose, 4),
        Intel6("c6i", InstanceCategory.ComputeOptimized, 2),
        Intel6("r6i", InstanceCategory.MemoryOptimized, 8),
        // The same with NVMe instance store on every size (1 x 118 GB at large up to 4 x 1900 GB at 32xlarge).
        Intel6WithInstanceStore("m6id", InstanceCategory.GeneralPurpose, 4),
        Intel6WithInstanceStore("c6id", InstanceCategory.ComputeOptimized, 2),
        Intel6WithInstanceStore("r6id", InstanceCategory.MemoryOptimized, 8),
        // 6th generation AMD (EPYC 7R13, Milan: 48 cores, 96 vCPUs per socket).
        Amd6("m6a", InstanceCategory.GeneralPurpose, 4),
        Amd6("c6a", InstanceCategory.ComputeOptimized, 2),
        Amd6("r6a", InstanceCategory.MemoryOptimized, 8),
        // Graviton3 (7g) and Graviton2 (6g): one socket of 64 cores, one vCPU per core; no size spans two.
        Graviton("m7g", InstanceCategory.GeneralPurpose, 4),
        Graviton("c7g", InstanceCategory.ComputeOptimized, 2),
        Graviton("r7g", InstanceCategory.MemoryOptimized, 8),
        Graviton("m6g", InstanceCategory.GeneralPurpose, 4),
        Graviton("c6g", InstanceCategory.ComputeOptimized, 2),
        Graviton("r6g", InstanceCategory.MemoryOptimized, 8),
        // Storage optimized on Ice Lake 8375C (64 vCPUs per socket), 8 GiB per vCPU: NVMe instance store from 1 x 468 GB
        // at large to 8 x 3750 GB at 32xlarge; no 12xlarge or 24xlarge in the source.
        new InstanceFamily("i4i", InstanceCategory.StorageOptimized, CpuArchitecture.Amd64, 8, 64,
        [
            new("large", InstanceStoreGb: 468), new("xlarge", InstanceStoreGb: 937), new("2xlarge", InstanceStoreGb: 1875),
            new("4xlarge", InstanceStoreGb: 3750), new("8xlarge", InstanceStoreGb: 7500), new("16xlarge", InstanceStoreGb: 15000),
            new("32xlarge", InstanceStoreGb: 30000),
        ]),
        // NVIDIA T4 (16 GiB) on Xeon 8259CL (Cascade Lake: 24 cores, 48 vCPUs per socket); NVMe instance store.
        new InstanceFamily("g4dn", InstanceCategory.AcceleratedComputing, CpuArchitecture.Amd64, 4, 48,
        [
            new("xlarge", Gpus: 1, InstanceStoreGb: 125), new("2xlarge", 1, 225), new("4xlarge", 1, 225),
            new("8xlarge", 1, 900), new("12xlarge", 4, 900), new("16xlarge", 1, 900),
        ], GpuModel: "NVIDIA T4"),
        // NVIDIA A10G (24 GiB) on EPYC 7R32 (Rome: 48 cores, 96 vCPUs per socket); NVMe instance store.
        new InstanceFamily("g5", InstanceCategory.AcceleratedComputing, CpuArchitecture.Amd64, 4, 96,
        [
            new("xlarge", 1, 250), new("2xlarge", 1, 450), new("4xlarge", 1, 600), new("8xlarge", 1, 900),
            new("12xlarge", 4, 3800), new("16xlarge", 1, 1900), new("24xlarge", 4, 3800), new("48xlarge", 8, 7600),
        ], GpuModel: "NVIDIA A10G"),
    ];

    /// <summary>Every type of the table, family by family in <see cref="Families"/> order, smallest first.</summary>
    public static IReadOnlyList<InstanceTypeSpec> All { get; } = [.. Families.SelectMany(family => family.Sizes.Select(family.Spec))];

    private static readonly Dictionary<string, InstanceTypeSpec> ByName = All.ToDictionary(spec => spec.Name, StringComparer.Ordinal);

    /// <summary>
    /// The families with NVMe instance store on every size, in <see cref="Families"/> order: the ones a local SSD pool
    /// may use (a type qualifies when its <see cref="InstanceTypeSpec.InstanceStoreGb"/> is above zero).
    /// </summary>
    public static IReadOnlyList<string> FamiliesWithInstanceStore { get; } =
        [.. Families.Where(family => family.Sizes.All(size => size.InstanceStoreGb > 0)).Select(family => family.Name)];

    /// <summary>The facts of <paramref name="instanceType"/>, or null when it is not in the table.</summary>
    public static InstanceTypeSpec? Find(string instanceType)
    {
        ArgumentNullException.ThrowIfNull(instanceType);
        return ByName.GetValueOrDefault(instanceType);
    }

    private static InstanceFamily Intel7(string name, InstanceCategory category, int memoryGiBPerVcpu) =>
        new(name, category, CpuArchitecture.Amd64, memoryGiBPerVcpu, 96, Sizes("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "48xlarge"));

    private static InstanceFamily Amd7(string name, InstanceCategory category, int memoryGiBPerVcpu) =>
        new(name, category, CpuArchitecture.Amd64, memoryGiBPerVcpu, 96, Sizes("medium", "large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge", "48xlarge"));

    private static InstanceFamily Intel6(string name, InstanceCategory category, int memoryGiBPerVcpu) =>
        new(name, category, CpuArchitecture.Amd64, memoryGiBPerVcpu, 64, Sizes(IceLakeSizes));

    /// <summary>An Ice Lake family with NVMe instance store on every size (<see cref="IceLakeInstanceStoreGb"/>).</summary>
    private static InstanceFamily Intel6WithInstanceStore(string name, InstanceCategory category, int memoryGiBPerVcpu) =>
        Intel6(name, category, memoryGiBPerVcpu) with
        {
            Sizes = [.. IceLakeSizes.Zip(IceLakeInstanceStoreGb, (size, gb) => new InstanceSize(size, InstanceStoreGb: gb))],
        };

    private static InstanceFamily Amd6(string name, InstanceCategory category, int memoryGiBPerVcpu) =>
        new(name, category, CpuArchitecture.Amd64, memoryGiBPerVcpu, 96, Sizes("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge", "48xlarge"));

    private static InstanceFamily Graviton(string name, InstanceCategory category, int memoryGiBPerVcpu) =>
        new(name, category, CpuArchitecture.Arm64, memoryGiBPerVcpu, 64, Sizes(GravitonSizes));

    private static InstanceSize[] Sizes(params string[] names) => [.. names.Select(name => new InstanceSize(name))];
}
