using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Infra.Etcd;

namespace Infra.Tests.Etcd;

/// <summary>
/// A throwaway etcd PKI made in the test: a CA, one certificate per member (serving and peer, SANs
/// 127.0.0.1, localhost and the member name) and a client certificate, as PEM files under a folder.
/// </summary>
internal sealed class EtcdTestPki : IDisposable
{
    private static readonly Oid ServerAuth = new("1.3.6.1.5.5.7.3.1");
    private static readonly Oid ClientAuth = new("1.3.6.1.5.5.7.3.2");

    private readonly string _folder;
    private readonly X509Certificate2 _ca;
    private readonly DateTimeOffset _notBefore = DateTimeOffset.UtcNow.AddHours(-1);
    private readonly DateTimeOffset _notAfter = DateTimeOffset.UtcNow.AddDays(1);

    public EtcdTestPki(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(folder);
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=etcd-test-ca", caKey, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        _ca = request.CreateSelfSigned(_notBefore, _notAfter);
        CaFile = Path.Combine(folder, "ca.crt");
        File.WriteAllText(CaFile, _ca.ExportCertificatePem());
        Client = Issue("etcd-test-client");
    }

    public string CaFile { get; }

    /// <summary>The certificate etcdctl presents.</summary>
    public (string CertFile, string KeyFile) Client { get; }

    /// <summary>TLS files for <paramref name="member"/>: its own certificate for clients and peers, the test CA for both.</summary>
    public EtcdTlsFiles For(EtcdMember member)
    {
        var (cert, key) = Issue(member.Name);
        return new EtcdTlsFiles
        {
            CertFile = cert,
            KeyFile = key,
            TrustedCaFile = CaFile,
            PeerCertFile = cert,
            PeerKeyFile = key,
            PeerTrustedCaFile = CaFile,
        };
    }

    public void Dispose() => _ca.Dispose();

    /// <summary>A certificate for serving and client auth, SANs 127.0.0.1, localhost and <paramref name="name"/>, signed by the test CA.</summary>
    public (string CertFile, string KeyFile) Issue(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([ServerAuth, ClientAuth], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_ca, true, false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        names.AddDnsName(name);
        request.CertificateExtensions.Add(names.Build());

        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var certificate = request.Create(_ca, _notBefore, _notAfter, serial);
        var certFile = Path.Combine(_folder, $"{name}.crt");
        var keyFile = Path.Combine(_folder, $"{name}.key");
        File.WriteAllText(certFile, certificate.ExportCertificatePem());
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
        return (certFile, keyFile);
    }
}
