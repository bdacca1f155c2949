using Infra.ControlPlane;

namespace Infra.Tests.ControlPlane;

public class VersionSkewTests
{
    private static ClusterVersions Versions(string kubelet = "v1.34.2", string kubeadm = "v1.34.2", string etcd = "3.6.5") =>
        new(ReleaseVersion.Parse("v1.34.2"), ReleaseVersion.Parse(kubeadm), ReleaseVersion.Parse(etcd))
        {
            Kubelets = new Dictionary<string, ReleaseVersion> { ["general"] = ReleaseVersion.Parse(kubelet) },
        };

    [Fact]
    public void Matching_versions_have_no_problems()
    {
        Assert.Empty(VersionSkew.Check(Versions()));
    }

    [Fact]
    public void Kubelet_newer_than_the_api_server_is_a_problem()
    {
        var problem = Assert.Single(VersionSkew.Check(Versions(kubelet: "v1.35.0")));

        Assert.Contains("v1.35.0 is newer than the API server v1.34.2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kubelet_three_minors_behind_is_allowed()
    {
        Assert.Empty(VersionSkew.Check(Versions(kubelet: "v1.31.9")));
    }

    [Fact]
    public void Kubelet_four_minors_behind_is_a_problem()
    {
        var problem = Assert.Single(VersionSkew.Check(Versions(kubelet: "v1.30.14")));

        Assert.Contains("node pool 'general'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("1.31 or newer", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kubeadm_of_another_minor_is_a_problem()
    {
        var problem = Assert.Single(VersionSkew.Check(Versions(kubeadm: "v1.33.5")));

        Assert.Equal("kubeadm", problem.Component);
    }

    [Fact]
    public void Etcd_3_5_recent_enough_is_allowed_with_1_34()
    {
        Assert.Empty(VersionSkew.Check(Versions(etcd: "3.5.24")));
    }

    [Fact]
    public void Etcd_3_5_too_old_to_upgrade_to_3_6_is_a_problem()
    {
        var problem = Assert.Single(VersionSkew.Check(Versions(etcd: "3.5.9")));

        Assert.Contains("upgrade etcd to 3.5.21", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Etcd_3_6_with_kubernetes_1_33_is_a_problem()
    {
        var versions = new ClusterVersions(ReleaseVersion.Parse("v1.33.4"), ReleaseVersion.Parse("v1.33.4"), ReleaseVersion.Parse("3.6.5"));

        Assert.Equal("etcd", Assert.Single(VersionSkew.Check(versions)).Component);
    }

    [Fact]
    public void Kubernetes_release_without_etcd_facts_is_a_problem()
    {
        var versions = new ClusterVersions(ReleaseVersion.Parse("v1.37.0"), ReleaseVersion.Parse("v1.37.0"), ReleaseVersion.Parse("3.6.5"));

        Assert.Contains("no etcd compatibility facts for Kubernetes 1.37", Assert.Single(VersionSkew.Check(versions)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_with_a_pre_release_suffix_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => ReleaseVersion.Parse("v1.35.0-rc.1"));
    }
}
