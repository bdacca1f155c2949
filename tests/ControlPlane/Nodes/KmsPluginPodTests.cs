using Infra.ControlPlane.Nodes;
using Infra.ControlPlane.Protection;

namespace Infra.Tests.ControlPlane.Nodes;

public class KmsPluginPodTests
{
    private static readonly KmsPluginPod Pod = new() { Region = "eu-west-1", Kms = new KmsConfiguration() };

    [Fact]
    public void The_plugin_listens_on_the_socket_the_encryption_configuration_names()
    {
        var socket = new Uri(new KmsConfiguration().Endpoint).AbsolutePath;

        Assert.Contains($"--listen={socket}", Pod.ToYaml(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_key_is_a_placeholder_filled_in_at_boot()
    {
        Assert.Contains($"--key={KmsPluginPod.KeyArnPlaceholder}", Pod.ToYaml(), StringComparison.Ordinal);
    }

    [Fact]
    public void It_runs_on_the_host_network_before_any_cni_exists_and_off_the_api_servers_port_8080()
    {
        var yaml = Pod.ToYaml();

        Assert.Contains("hostNetwork: true", yaml, StringComparison.Ordinal);
        Assert.Contains($"--health-port=:{KmsPluginPod.HealthPort}", yaml, StringComparison.Ordinal);
        Assert.NotEqual(8080, KmsPluginPod.HealthPort);
    }

    [Fact]
    public void Its_image_comes_from_the_kubernetes_registry()
    {
        Assert.StartsWith("registry.k8s.io/", Pod.Image, StringComparison.Ordinal);
    }
}
