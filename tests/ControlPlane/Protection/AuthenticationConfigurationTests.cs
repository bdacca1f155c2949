using Infra.ControlPlane.Protection;
using Infra.Tests.Support;

namespace Infra.Tests.ControlPlane.Protection;

public class AuthenticationConfigurationTests
{
    /// <summary>
    /// What <c>kubeadm join</c> reads before it has credentials: kubernetes/kubernetes cmd/kubeadm/app/discovery/token/token.go
    /// gets the ConfigMap <c>cluster-info</c> (k8s.io/cluster-bootstrap token/api ConfigMapClusterInfo) in the namespace
    /// <c>kube-public</c> (metav1.NamespacePublic) through client-go, whose request path for a namespaced core object is
    /// /api/v1/namespaces/{namespace}/{resource}/{name}.
    /// </summary>
    private const string KubeadmDiscoveryPath = "/api/v1/namespaces/kube-public/configmaps/cluster-info";

    private readonly AuthenticationConfiguration configuration = AuthenticationConfiguration.HealthChecksAndDiscovery();

    [Fact]
    public void Anonymous_requests_are_accepted_on_the_health_endpoints_and_the_discovery_read_only()
    {
        var anonymous = configuration.Anonymous!;

        Assert.True(anonymous.Enabled);
        Assert.Equal([KubeadmDiscoveryPath, "/healthz", "/livez", "/readyz"], anonymous.Conditions!.Select(c => c.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Kubeadm_token_discovery_is_allowed_anonymously()
    {
        Assert.True(configuration.Anonymous!.Allows(KubeadmDiscoveryPath));
    }

    [Theory]
    [InlineData("/api/v1/secrets")]
    [InlineData("/api/v1/namespaces/kube-public/configmaps")]
    [InlineData("/api/v1/namespaces/kube-system/configmaps/cluster-info")]
    [InlineData("/api/v1/namespaces/kube-public/configmaps/cluster-info/status")]
    [InlineData("/api/v1/namespaces/kube-public/configmaps/cluster-information")]
    [InlineData("/apis")]
    public void Anonymous_requests_for_anything_else_are_refused(string path)
    {
        Assert.False(configuration.Anonymous!.Allows(path));
    }

    [Fact]
    public void The_rendered_file_names_the_discovery_path()
    {
        Assert.Contains($"- path: {KubeadmDiscoveryPath}\n", configuration.ToYaml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_conditions_every_path_is_open_and_disabled_opens_none()
    {
        Assert.True(new AnonymousAuthentication { Enabled = true }.Allows("/api/v1/secrets"));
        Assert.False(new AnonymousAuthentication { Enabled = false }.Allows("/livez"));
    }

    [Fact]
    public void The_file_text_is_the_reviewed_configuration()
    {
        Golden.AssertMatches(configuration.ToYaml(), "authentication-configuration.yaml");
    }
}
