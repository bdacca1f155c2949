namespace Infra.Tls;

/// <summary>
/// The distinguished name of a certificate (<c>subject</c> of self-signed certificates and certificate
/// requests). The provider takes one organization, a string: Kubernetes reads it as the client's group.
/// </summary>
public sealed record CertificateSubject
{
    /// <summary>CN: Kubernetes reads it as the client's user name, etcd as the member's name.</summary>
    public string? CommonName { get; init; }

    /// <summary>O: Kubernetes reads it as the client's group.</summary>
    public string? Organization { get; init; }
}
