using System.Globalization;

namespace Infra.ControlPlane.Nodes;

/// <summary>
/// The control-plane instance type for a cluster size. The control plane scales up, not out: every API server
/// holds a full watch cache and serves any request, so a fourth server adds etcd watch load as much as
/// capacity, while memory (about <see cref="ControlPlaneTuning.ApiServerMiBPerNode"/> MiB per node for the
/// watch cache, plus controller-manager and scheduler informers) grows with the cluster. Memory-optimised
/// r-family types from 1,000 nodes follow that; the CPU steps follow upstream's guidance of 32 cores for 5,000 nodes.
/// </summary>
/// <param name="InstanceType">The EC2 instance type.</param>
/// <param name="RootVolumeSizeGiB">The gp3 root volume: images, static pod logs and the audit log with its backups.</param>
public sealed record ControlPlaneSize(string InstanceType, int RootVolumeSizeGiB)
{
    /// <summary>
    /// Up to 100 nodes m6i.xlarge (4 vCPU, 16 GiB); to 500 m6i.2xlarge; to 1,000 m6i.4xlarge (16 vCPU, 64 GiB);
    /// to 3,000 r6i.4xlarge (128 GiB: the ~1,000-node seed runs 64 GiB with little headroom); above, r6i.8xlarge
    /// (32 vCPU, 256 GiB). Root volume: 100 GiB, 200 GiB from 1,000 nodes, where the audit log rotates faster.
    /// </summary>
    public static ControlPlaneSize For(int expectedNodes)
    {
        if (expectedNodes is < 1 or > 5_000)
        {
            throw new ArgumentOutOfRangeException(nameof(expectedNodes), expectedNodes, string.Create(CultureInfo.InvariantCulture, $"expected nodes {expectedNodes} is outside 1-5000: give the planned cluster size"));
        }

        var type = expectedNodes switch
        {
            <= 100 => "m6i.xlarge",
            <= 500 => "m6i.2xlarge",
            <= 1_000 => "m6i.4xlarge",
            <= 3_000 => "r6i.4xlarge",
            _ => "r6i.8xlarge",
        };
        return new ControlPlaneSize(type, expectedNodes >= ControlPlaneTuning.LargeClusterNodes ? 200 : 100);
    }
}
