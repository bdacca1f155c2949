using Infra.Kubernetes.Meta;
using Infra.Kubernetes.Networking;

namespace Infra.Platform;

/// <summary>
/// One connection a namespace's pods need beyond DNS, with the reason: its own NetworkPolicy, <c>allow-&lt;Name&gt;</c>,
/// whose annotation keeps the reason for reviewers. Variants: <see cref="Ingress"/> and <see cref="Egress"/>.
/// </summary>
public sealed record NetworkAllow
{
    private NetworkAllow(string name, string reason, PolicyType direction, IReadOnlyList<NetworkPolicyPeer>? peers, IReadOnlyList<NetworkPolicyPort>? ports)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException($"network allow '{name}' has no name or no reason: name it and say which component needs it and why", nameof(reason));
        }

        Name = name;
        Reason = reason;
        Direction = direction;
        Peers = peers;
        Ports = ports;
    }

    public string Name { get; }

    /// <summary>Which component needs the connection and why.</summary>
    public string Reason { get; }

    public PolicyType Direction { get; }

    /// <summary>Where from (ingress) or where to (egress); null for anywhere.</summary>
    public IReadOnlyList<NetworkPolicyPeer>? Peers { get; }

    /// <summary>The ports; null for every port.</summary>
    public IReadOnlyList<NetworkPolicyPort>? Ports { get; }

    /// <summary>The namespace's pods the allow applies to. Default: all of them.</summary>
    public LabelSelector PodSelector { get; init; } = new();

    /// <summary>Traffic into the pods from <paramref name="from"/> (null: anywhere) on <paramref name="ports"/> (null: every port).</summary>
    public static NetworkAllow Ingress(string name, string reason, IReadOnlyList<NetworkPolicyPeer>? from, IReadOnlyList<NetworkPolicyPort>? ports) =>
        new(name, reason, PolicyType.Ingress, from, ports);

    /// <summary>Traffic from the pods to <paramref name="to"/> (null: anywhere) on <paramref name="ports"/> (null: every port).</summary>
    public static NetworkAllow Egress(string name, string reason, IReadOnlyList<NetworkPolicyPeer>? to, IReadOnlyList<NetworkPolicyPort>? ports) =>
        new(name, reason, PolicyType.Egress, to, ports);
}
