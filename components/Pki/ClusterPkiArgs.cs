using Infra.Model;

namespace Infra.Pki;

/// <summary>Args of <see cref="ClusterPki"/>: which cluster, which etcd members, how long certificates live.</summary>
public sealed record ClusterPkiArgs
{
    /// <summary>The cluster's name: it scopes the parameter paths, the KMS alias and the CAs' organization.</summary>
    public required string ClusterName { get; init; }

    /// <summary>The etcd members, each receiving one certificate for serving clients and peers.</summary>
    public required IReadOnlyList<EtcdMemberIdentity> EtcdMembers { get; init; }

    /// <summary>The required tags (cluster, environment, owner, cost-center), set on the KMS key and every parameter.</summary>
    public required IReadOnlyDictionary<string, Expr<string>> Tags { get; init; }

    /// <summary>Lifetimes and renewal window; kubeadm's defaults (see <see cref="CertificateValidity"/>).</summary>
    public CertificateValidity Validity { get; init; } = new();

    /// <summary>
    /// The root of the parameter paths, as in <c>NodeRolesArgs.ParameterPathPrefix</c>: both must agree so
    /// each node role's read grant covers its credentials. "/infra" keeps our parameters apart from anything else in the account.
    /// </summary>
    public string ParameterPathPrefix { get; init; } = "/infra";
}
