namespace Infra.Pki;

/// <summary>The issuing CA's certificate to store beside a credential, under <paramref name="RelativeName"/> (e.g. <c>etcd/ca.crt</c>).</summary>
internal sealed record IssuerCopy(ICertifiedKey Issuer, string RelativeName);
