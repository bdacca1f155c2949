namespace Infra.NodePools;

/// <summary>
/// Machine images for nodes, named by the public SSM parameter that always points at the newest
/// build of an image family in the deploying region, so no AMI id is pinned per region by hand.
/// </summary>
public static class NodeImage
{
    /// <summary>
    /// Ubuntu 24.04 LTS (amd64, gp3 root), Canonical's public parameter, used as Canonical ships it: the node
    /// software (<see cref="NodeSoftware"/>) comes from pinned release files, not from the image's apt sources.
    /// </summary>
    public const string Ubuntu2404Parameter = "/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id";
}
