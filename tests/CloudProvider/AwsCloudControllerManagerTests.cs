using Infra.CloudProvider;
using Infra.Kubernetes;
using Infra.Kubernetes.Core;
using Infra.Model;

namespace Infra.Tests.CloudProvider;

public class AwsCloudControllerManagerTests
{
    private static AwsCloudControllerManager Build(AwsCloudControllerManagerArgs args) =>
        new(new InfraProgram("test", "test").Root, "cloud-controller-manager", args);

    private static AwsCloudControllerManager Build(string clusterName = "prod") => Build(new AwsCloudControllerManagerArgs { ClusterName = clusterName });

    [Fact]
    public void It_is_a_pinned_helm_v3_release_of_the_upstream_chart_in_kube_system()
    {
        var args = Build().Release.Args;

        Assert.Equal(("kubernetes:helm.sh/v3:Release", "aws-cloud-controller-manager", "0.0.11"), (Build().Release.Type, args.Chart, args.Version));
        Assert.Equal("https://kubernetes.github.io/cloud-provider-aws", args.RepositoryOpts?.Repo);
        Assert.Equal("kube-system", args.Namespace?.KnownValue);
        Assert.Equal("kube-system", args.Values?.Namespace);
    }

    [Fact]
    public void It_runs_only_on_control_plane_nodes_including_uninitialized_and_not_ready_ones()
    {
        var values = Build().Values;

        Assert.Equal(new Dictionary<string, string> { ["node-role.kubernetes.io/control-plane"] = "" }, values.NodeSelector);
        Assert.Equal(
            [("node-role.kubernetes.io/control-plane", TaintEffect.NoSchedule), ("node.cloudprovider.kubernetes.io/uninitialized", TaintEffect.NoSchedule), ("node.kubernetes.io/not-ready", TaintEffect.NoSchedule)],
            values.Tolerations.Select(t => (t.Key, t.Effect)).ToList());
        Assert.True(values.HostNetworking);
    }

    [Fact]
    public void It_reaches_the_api_by_the_clusters_internal_name_since_no_kube_proxy_routes_the_service_before_calico()
    {
        var env = Build("prod-eu").Values.Env.ToDictionary(e => e.Name, e => e.Value?.KnownValue);

        Assert.Equal("api.prod-eu.k8s.internal", env["KUBERNETES_SERVICE_HOST"]);
        Assert.Equal("6443", env["KUBERNETES_SERVICE_PORT"]);
    }

    [Fact]
    public void It_names_the_cluster_leaves_routes_to_calico_and_elects_a_leader()
    {
        var values = Build("prod-eu").Values;

        Assert.Contains("--cloud-provider=aws", values.Args);
        Assert.Contains("--cluster-name=prod-eu", values.Args);
        Assert.Contains("--configure-cloud-routes=false", values.Args);
        Assert.Contains("--leader-elect=true", values.Args);
    }

    [Fact]
    public void The_image_comes_from_registry_k8s_io_within_the_version_skew_of_the_clusters_minor()
    {
        var image = Build().Values.Image;

        Assert.Equal("registry.k8s.io/provider-aws/cloud-controller-manager", image.Repository);
        Assert.True(KubernetesRelease.IsWithinControllerSkew(image.Tag), $"{image.Tag} against a {KubernetesRelease.Minor} cluster");
    }

    [Fact]
    public void An_image_two_minors_behind_the_cluster_is_refused_with_the_fix()
    {
        var error = Assert.Throws<ArgumentException>(() => Build(new AwsCloudControllerManagerArgs { ClusterName = "prod", ImageTag = "v1.34.3" }));

        Assert.Contains("'v1.34.3' is outside the version skew policy for a v1.36 cluster", error.Message, StringComparison.Ordinal);
        Assert.Contains("use a v1.36.x or v1.35.x release", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_names_that_cannot_be_tag_keys_are_refused_with_the_fix()
    {
        var error = Assert.Throws<ArgumentException>(() => Build("Prod_EU"));

        Assert.Contains("'Prod_EU'", error.Message, StringComparison.Ordinal);
        Assert.Contains("lower-case", error.Message, StringComparison.Ordinal);
    }
}
