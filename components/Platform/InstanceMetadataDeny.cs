using Infra.Kubernetes.Calico;
using Infra.Kubernetes.Networking;
using Infra.Kubernetes.Yaml;
using Infra.Model;

namespace Infra.Platform;

/// <summary>
/// Application pods never reach the EC2 instance metadata service, whatever Kubernetes policy a team adds later:
/// one Calico GlobalNetworkPolicy denying egress to <see cref="Address"/> from every pod of a namespace labelled
/// application (<see cref="PlatformNamespace.KindLabel"/>), at <see cref="Order"/>, before every Kubernetes NetworkPolicy.
/// <para>Why Calico and not the Kubernetes policies: those only add allows, so an <c>ipBlock.except</c> in ours would
/// not stop a team's later allow of 0.0.0.0/0 from reopening the address. Default-deny already blocks it today; this
/// keeps it blocked. What it protects: the node role's credentials and user data (which carries join material) from
/// pods on the pod network. The workers' metadata hop limit of 1 already refuses IMDSv2 tokens to those pods (the
/// token response dies at the pod's extra hop) and IMDSv1 is off; this deny holds if a pool raises its hop limit
/// above <c>NodePool.MetadataHopLimit</c> (AWS-001 accepts 2) and stops even the TCP connection. What it does not cover:
/// hostNetwork pods, which share the node's address and are outside pod policies; Pod Security baseline and
/// restricted refuse hostNetwork, so only the privileged system namespaces can run them.</para>
/// </summary>
public sealed class InstanceMetadataDeny : Component
{
    /// <summary>The EC2 instance metadata service (IPv4; the IPv6 endpoint is off on our IPv4-only nodes).</summary>
    public const string Address = "169.254.169.254/32";

    /// <summary>Before the Kubernetes NetworkPolicies, which Calico puts at order 1000 of the same (default) tier.</summary>
    public const int Order = 100;

    /// <summary>The policy's name in the cluster.</summary>
    public const string PolicyName = "deny-instance-metadata";

    /// <summary>Declares the policy; <paramref name="options"/> must depend on Calico's API server (<c>CalicoApiServer.Objects</c>), which serves the policy's kind.</summary>
    public InstanceMetadataDeny(Scope parent, string id, ResourceOptions options)
        : base(parent, id)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.DependsOn is not { Count: > 0 })
        {
            throw new ArgumentException(
                $"'{id}' does not depend on anything: pass DependsOn = [Calico's API server objects], or the policy is applied before Calico serves its type and the apply fails",
                nameof(options));
        }

        Policies = new ConfigGroup(Scope, "policy", new ConfigGroupArgs { Objs = [Policy] }, options);
    }

    /// <summary>The policy as applied.</summary>
    public static CustomObject Policy { get; } = GlobalNetworkPolicy.Of(PolicyName, new GlobalNetworkPolicySpec
    {
        Order = Order,
        NamespaceSelector = $"{PlatformNamespace.KindLabel} == '{PlatformNamespace.KindName(NamespaceKind.Application)}'",
        Types = [PolicyType.Egress],
        Egress = [new CalicoRule { Action = CalicoAction.Deny, Destination = new CalicoEntityRule { Nets = [Address] } }],
    });

    public ConfigGroup Policies { get; }
}
