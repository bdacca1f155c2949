using Infra.Aws;
using Infra.Kubernetes;
using Infra.Model;
using Infra.Tls;

namespace Infra.Stacks.Composition;

/// <summary>
/// What the compiler prints when Pulumi calls it without a stack (plugin discovery): one provider
/// resource per package any stack uses, each pinned to its version, so Pulumi installs exactly those plugins.
/// </summary>
public static class PluginDiscoveryProgram
{
    public static InfraProgram Create()
    {
        var program = new InfraProgram(StackNames.Project, "Plugin discovery: every package the infra stacks use, pinned.");
        _ = new AwsProvider(program.Root, "aws", new AwsProviderArgs { Region = "us-east-1" });
        _ = new KubernetesProvider(program.Root, "kubernetes", new KubernetesProviderArgs());
        _ = new TlsProvider(program.Root, "tls");
        return program;
    }
}
