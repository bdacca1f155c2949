using Infra.Aws.Vpc;
using Infra.Model;
using Infra.Network;

namespace Infra.Policies.Rules;

/// <summary>What the ingress rules share: the security group a rule belongs to and its public-load-balancer exemption.</summary>
internal static class IngressRules
{
    /// <summary>
    /// True when the rule, or the security group it is declared on, is marked as fronting an
    /// internet-facing load balancer (<see cref="PublicLoadBalancerAnnotation"/>).
    /// </summary>
    public static bool FrontsPublicLoadBalancer(SecurityGroupIngressRule rule) =>
        rule.Has<PublicLoadBalancerAnnotation>()
        || (rule.Args.SecurityGroupId.Node is OutputReference { Resource: var group } && group.Has<PublicLoadBalancerAnnotation>());

    /// <summary>The protocol values that include TCP: by name, by number, and "all".</summary>
    private static readonly string[] ProtocolsCarryingTcp = ["tcp", "6", "-1", "all"];

    /// <summary>True when the rule admits TCP <paramref name="port"/>: on its own, in a range, or through "all protocols".</summary>
    public static bool OpensTcpPort(SecurityGroupRuleArgs args, int port)
    {
        ArgumentNullException.ThrowIfNull(args);
        return ProtocolsCarryingTcp.Contains(args.IpProtocol.KnownValue, StringComparer.Ordinal)
            && (OpensAllProtocols(args) || ((args.FromPort ?? 0) <= port && port <= (args.ToPort ?? ushort.MaxValue)));
    }

    /// <summary>True for a rule of every protocol and port (<c>-1</c> or <c>all</c>).</summary>
    public static bool OpensAllProtocols(SecurityGroupRuleArgs args) => args.IpProtocol.KnownValue is "-1" or "all";

    /// <summary>The peers of the rule that are the whole internet: (<c>cidrIpv4</c>, 0.0.0.0/0) and/or (<c>cidrIpv6</c>, ::/0).</summary>
    public static IEnumerable<(string Property, string Anywhere)> InternetPeers(SecurityGroupRuleArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.CidrIpv4?.KnownValue == "0.0.0.0/0")
        {
            yield return ("cidrIpv4", "0.0.0.0/0");
        }

        if (args.CidrIpv6?.KnownValue == "::/0")
        {
            yield return ("cidrIpv6", "::/0");
        }
    }
}
