using System.Text.RegularExpressions;
using Infra.Network;

namespace Infra.ControlPlane.Endpoint;

/// <summary>Refuses <see cref="ApiLoadBalancerArgs"/> AWS would refuse later, with the fix in the message.</summary>
internal static partial class ApiLoadBalancerArgsValidation
{
    public static void Validate(ApiLoadBalancerArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!ClusterNamePattern().IsMatch(args.ClusterName))
        {
            throw new ArgumentException(
                $"cluster name '{args.ClusterName}' cannot start a load balancer name: use lower-case letters, digits and inner hyphens, e.g. 'prod-eu'",
                nameof(args));
        }

        if (args.ClusterName.StartsWith("internal-", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"cluster name '{args.ClusterName}' starts with 'internal-', which AWS reserves in load balancer names: rename the cluster",
                nameof(args));
        }

        foreach (var cidr in args.PublicAllowedCidrs)
        {
            if (!Ipv4Cidr.TryParse(cidr, out _, out var problem))
            {
                throw new ArgumentException($"public API CIDR '{cidr}' {problem}", nameof(args));
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")]
    private static partial Regex ClusterNamePattern();
}
