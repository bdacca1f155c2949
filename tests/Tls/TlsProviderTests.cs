using Infra.Model;
using Infra.Tls;

namespace Infra.Tests.Tls;

public class TlsProviderTests
{
    [Fact]
    public void The_provider_pins_the_plugin_version_itself()
    {
        var program = new InfraProgram("provider", "provider");

        var provider = new TlsProvider(program.Root, "tls", new ResourceOptions { Version = "0.0.1" });

        Assert.Equal(ProviderVersions.Tls, provider.Options.Version);
    }

    [Fact]
    public void Resources_in_a_scope_with_the_provider_use_it()
    {
        var program = new InfraProgram("provider", "provider");
        var provider = new TlsProvider(program.Root, "tls");

        var key = new PrivateKey(program.Root.WithProvider(TlsProvider.ServedPackage, provider), "key", new PrivateKeyArgs { Algorithm = "ECDSA" });

        Assert.Same(provider, key.Options.Provider);
    }
}
