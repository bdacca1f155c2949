using System.Security.Cryptography;
using System.Text;

namespace Infra.ControlPlane.Endpoint;

/// <summary>
/// Names of load balancers and target groups: at most 32 letters, digits and hyphens, unique in the region and
/// account. <c>&lt;cluster&gt;-&lt;purpose&gt;</c> when it fits; otherwise the cluster name is cut and followed by
/// the first 6 hex digits of its SHA-256, so two long cluster names sharing a prefix still get distinct names,
/// and the same cluster always gets the same name (a changed name replaces the load balancer and its DNS name).
/// </summary>
internal static class LoadBalancerName
{
    /// <summary>The AWS limit for load balancer and target group names.</summary>
    public const int MaxLength = 32;

    private const int HashLength = 6;

    public static string For(string clusterName, string purpose)
    {
        var name = $"{clusterName}-{purpose}";
        if (name.Length <= MaxLength)
        {
            return name;
        }

        var kept = MaxLength - purpose.Length - HashLength - 2;
        var prefix = clusterName[..kept].TrimEnd('-');
        return $"{prefix}-{Hash(clusterName)}-{purpose}";
    }

    private static string Hash(string clusterName) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clusterName)))[..HashLength];
}
