using Infra.ControlPlane.Kubeadm;

namespace Infra.Tests.ControlPlane;

public class KubeadmValidationTests
{
    private static readonly ExternalEtcd Etcd = new(["https://etcd-0.prod.internal:2379"]);

    [Fact]
    public void Flag_name_written_with_dashes_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new Arg("--profiling", "false"));

        Assert.Contains("'--profiling'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kubernetes_version_without_the_leading_v_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new ClusterConfiguration("1.34.2", KubeadmFixture.Endpoint, Etcd));

        Assert.Contains("'1.34.2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_plane_endpoint_without_a_port_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new ClusterConfiguration("v1.34.2", "api.prod.internal", Etcd));

        Assert.Contains("'api.prod.internal'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_etcd_endpoint_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new ExternalEtcd(["http://etcd-0.prod.internal:2379"]));

        Assert.Contains("'http://etcd-0.prod.internal:2379'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Token_discovery_without_ca_pins_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Discovery.WithBootstrapToken(KubeadmFixture.Endpoint, "abcdef.0123456789abcdef", []));
    }
}
