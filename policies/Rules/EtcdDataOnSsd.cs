using Infra.Aws.Ebs;
using Infra.Etcd;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// Every etcd data volume (<see cref="EtcdDataVolumeAnnotation"/>) is an SSD type with a sustained baseline:
/// gp3, io1 or io2. gp2 is refused too: it is SSD, but its baseline is 3 IOPS per GiB (100 for etcd's 20-33 GiB
/// volumes) and it reaches 3,000 only on burst credits, which etcd's steady fsyncs drain; gp3 gives 3,000 at any
/// size for less. st1 and sc1 are hard disks and standard is magnetic.
/// </summary>
public sealed class EtcdDataOnSsd : PolicyRule
{
    /// <summary>EBS types whose IOPS are a sustained baseline, not a burst.</summary>
    public static readonly IReadOnlyList<string> AllowedTypes = ["gp3", "io1", "io2"];

    public override string Id => "CP-003";

    public override string Title => "etcd data sits on SSD volumes with a sustained IOPS baseline";

    public override string Rationale =>
        "Every etcd commit waits on a WAL fsync: on a hard disk or a gp2 volume out of burst credits fsync latency reaches tens of milliseconds, "
        + "heartbeats miss, leaders flap and API requests time out.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context) =>
        from volume in context.ResourcesOf<Volume>()
        from data in volume.Annotations.OfType<EtcdDataVolumeAnnotation>()
        where !AllowedTypes.Contains(volume.Args.Type, StringComparer.Ordinal)
        select RuleViolation.Of(
            volume,
            "type",
            $"etcd member '{data.Member}' of cluster '{data.Cluster}' keeps its data on a '{volume.Args.Type}' volume, {Reason(volume.Args.Type)}: "
            + "set Type = \"gp3\" (3,000 IOPS at any size), or \"io2\" for large clusters (EtcdDataVolume.For picks by cluster size); "
            + $"no stack config key chooses it, so a stack accepts it only with a reviewed waiver of {Id} in policies/waivers.yaml");

    private static string Reason(string type) => type == "gp2"
        ? "whose baseline is 3 IOPS per GiB with bursts that etcd's steady fsyncs exhaust"
        : $"not one of {string.Join(", ", AllowedTypes)} (st1 and sc1 are hard disks, standard is magnetic)";
}
