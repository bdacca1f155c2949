using Infra.Software;

namespace Infra.NodePools;

/// <summary>
/// Machine images for nodes, named by the public SSM parameter that always points at the newest
/// build of an image family in the deploying region, so no AMI id is pinned per region by hand.
/// </summary>
public static class NodeImage
{
    /// <summary>
    /// The oldest kernel Canonical's Ubuntu 24.04 images carry: the release's general-availability kernel, 6.8 (Ubuntu
    /// 24.04 release notes); later images carry 6.8 updates or a newer hardware-enablement kernel, never an older one.
    /// </summary>
    public const string Ubuntu2404Kernel = "6.8.0";

    private const string Ubuntu2404Prefix = "/aws/service/canonical/ubuntu/server/24.04/stable/current/";

    private const string Ubuntu2404Suffix = "/hvm/ebs-gp3/ami-id";

    /// <summary>
    /// Ubuntu 24.04 LTS (amd64, gp3 root), Canonical's public parameter, used as Canonical ships it: the node
    /// software (<see cref="NodeSoftware"/>) comes from pinned release files, not from the image's apt sources.
    /// </summary>
    public const string Ubuntu2404Parameter = Ubuntu2404Prefix + "amd64" + Ubuntu2404Suffix;

    /// <summary>
    /// The same image for <paramref name="architecture"/>: Canonical publishes one parameter per architecture under the
    /// download name (<c>amd64</c>, <c>arm64</c>), the name the pinned software's downloads carry too.
    /// </summary>
    public static string Ubuntu2404ParameterFor(CpuArchitecture architecture)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        return Ubuntu2404Prefix + architecture.Name + Ubuntu2404Suffix;
    }
}
