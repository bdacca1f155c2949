using Infra.Model;
using Infra.Tls;

namespace Infra.Tests.Tls;

/// <summary>Tokens as the @pulumi/tls 5.6.1 classes declare them (<c>__pulumiType</c>).</summary>
public class TypeTokenTests
{
    public static TheoryData<string, Func<Scope, Resource>> Resources => new()
    {
        { "pulumi:providers:tls", s => new TlsProvider(s, "r") },
        { "tls:index/privateKey:PrivateKey", s => new PrivateKey(s, "r", new PrivateKeyArgs { Algorithm = "ECDSA" }) },
        { "tls:index/selfSignedCert:SelfSignedCert", s => new SelfSignedCert(s, "r", new SelfSignedCertArgs { PrivateKeyPem = "k", ValidityPeriodHours = 1, AllowedUses = [] }) },
        { "tls:index/certRequest:CertRequest", s => new CertRequest(s, "r", new CertRequestArgs { PrivateKeyPem = "k" }) },
        {
            "tls:index/locallySignedCert:LocallySignedCert",
            s => new LocallySignedCert(s, "r", new LocallySignedCertArgs { CertRequestPem = "r", CaPrivateKeyPem = "k", CaCertPem = "c", ValidityPeriodHours = 1, AllowedUses = [] })
        },
    };

    [Theory]
    [MemberData(nameof(Resources))]
    public void Resources_carry_the_providers_exact_type_token(string token, Func<Scope, Resource> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        var program = new InfraProgram("infra", "tokens");

        Assert.Equal(token, create(program.Root).Type);
    }
}
