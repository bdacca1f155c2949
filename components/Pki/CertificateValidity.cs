namespace Infra.Pki;

/// <summary>How long the cluster's certificates live and when a <c>pulumi up</c> renews them.</summary>
public sealed record CertificateValidity
{
    /// <summary>
    /// Ten years (87,600 hours), kubeadm's CA lifetime: replacing a CA means re-issuing and redistributing
    /// every certificate of the cluster, so it is done on purpose, never by expiry. No early renewal on CAs.
    /// </summary>
    public int CaHours { get; init; } = 87_600;

    /// <summary>One year (8,760 hours), kubeadm's lifetime for the certificates it issues: short enough that a leaked key expires, long enough that renewal is a yearly routine.</summary>
    public int LeafHours { get; init; } = 8_760;

    /// <summary>
    /// Thirty days (720 hours): a <c>pulumi up</c> within the last 30 days of a leaf certificate's life
    /// replaces it (same key, new certificate; its SSM parameter is updated), so monthly deploys always renew in time.
    /// </summary>
    public int LeafEarlyRenewalHours { get; init; } = 720;
}
