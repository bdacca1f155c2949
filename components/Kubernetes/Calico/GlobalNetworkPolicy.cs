using Infra.Kubernetes.Meta;
using Infra.Kubernetes.Networking;
using Infra.Kubernetes.Yaml;
using Infra.Model;

namespace Infra.Kubernetes.Calico;

/// <summary>
/// Calico's <c>GlobalNetworkPolicy</c> (projectcalico/calico v3.32.1, api/pkg/apis/projectcalico/v3/globalnetworkpolicy.go):
/// a cluster-wide policy that, unlike a Kubernetes NetworkPolicy, can deny. Within a tier Calico applies policies by
/// ascending <see cref="GlobalNetworkPolicySpec.Order"/>; Kubernetes NetworkPolicies sit in the default tier at order
/// 1000 (libcalico-go/lib/backend/k8s/conversion/conversion.go), so a Deny at a lower order wins over any of their allows.
/// Written through a ConfigGroup (<see cref="CustomObject"/>) under <see cref="ApiVersion"/>, which the Calico API
/// server serves (<c>Infra.Calico.CalicoApiServer</c>; depend on its objects, which Pulumi holds until it is Ready).
/// </summary>
public static class GlobalNetworkPolicy
{
    public const string ApiVersion = "projectcalico.org/v3";

    public const string Kind = "GlobalNetworkPolicy";

    /// <summary>The object, cluster-scoped (no namespace).</summary>
    public static CustomObject Of(string name, GlobalNetworkPolicySpec spec) => new()
    {
        ApiVersion = ApiVersion,
        Kind = Kind,
        Metadata = new ObjectMeta { Name = name },
        Spec = spec,
    };
}

/// <summary>The fields of a GlobalNetworkPolicy's spec we use (policy_common.go, globalnetworkpolicy.go at v3.32.1).</summary>
public sealed record GlobalNetworkPolicySpec
{
    /// <summary>Lower applies first; unset applies last. Kubernetes NetworkPolicies are at 1000.</summary>
    public int? Order { get; init; }

    /// <summary>Calico selector over the endpoints' labels, e.g. <c>all()</c>.</summary>
    public string? Selector { get; init; }

    /// <summary>Calico selector over the endpoints' namespaces' labels, e.g. <c>kind == 'application'</c>.</summary>
    public string? NamespaceSelector { get; init; }

    public required IReadOnlyList<PolicyType> Types { get; init; }

    public IReadOnlyList<CalicoRule>? Ingress { get; init; }

    public IReadOnlyList<CalicoRule>? Egress { get; init; }
}

/// <summary>One rule: the action for packets matching all its criteria.</summary>
public sealed record CalicoRule
{
    public required CalicoAction Action { get; init; }

    public CalicoEntityRule? Destination { get; init; }
}

/// <summary>A rule's end: the addresses it matches.</summary>
public sealed record CalicoEntityRule
{
    public IReadOnlyList<string>? Nets { get; init; }
}

/// <summary>A rule's action, spelled as Calico spells it; the ones we use (Calico also has Allow, Log, Pass).</summary>
public enum CalicoAction
{
    [PulumiName("Deny")]
    Deny,
}
