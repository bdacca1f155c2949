using Infra.Model;

namespace Infra.Pki;

/// <summary>
/// One etcd member as its certificate names it: peers and the API server reach it by <see cref="DnsName"/>
/// or <see cref="PrivateIp"/>, and TLS verification checks the name dialled against the certificate.
/// (The etcd component's <c>Infra.Etcd.EtcdMember</c> describes the running member; this is what the PKI needs.)
/// </summary>
public sealed record EtcdMemberIdentity
{
    /// <summary>The member's name (etcd's <c>--name</c>): lower-case letters, digits and '-'; it names its parameter path.</summary>
    public required string Name { get; init; }

    /// <summary>The member's private IP address, put in the certificate's IP SANs.</summary>
    public required Expr<string> PrivateIp { get; init; }

    /// <summary>The member's DNS name, put in the certificate's DNS SANs.</summary>
    public required Expr<string> DnsName { get; init; }
}
