using System.Text.RegularExpressions;
using Infra.CloudProvider;
using Infra.Kubelet;
using Infra.Model;

namespace Infra.Tests.Kubelet;

public class KubeletCsrApproverTests
{
    private static KubeletCsrApprover Build(string region = "eu-west-1", string vpcCidr = "10.30.0.0/16") =>
        new(new InfraProgram("test", "test").Root, "kubelet-csr-approver", new KubeletCsrApproverArgs { Region = region, VpcCidr = vpcCidr });

    [Fact]
    public void It_is_a_pinned_helm_v3_release_of_the_upstream_chart_in_kube_system()
    {
        var release = Build().Release;

        Assert.Equal(("kubernetes:helm.sh/v3:Release", "kubelet-csr-approver", "1.2.14"), (release.Type, release.Args.Chart, release.Args.Version));
        Assert.Equal("https://postfinance.github.io/kubelet-csr-approver", release.Args.RepositoryOpts?.Repo);
        Assert.Equal("kube-system", release.Args.Namespace?.KnownValue);
        Assert.True(release.Args.Atomic);
    }

    [Theory]
    [InlineData("eu-west-1", "ip-10-30-1-2.eu-west-1.compute.internal")]
    [InlineData("us-east-1", "ip-10-30-1-2.ec2.internal")]
    public void Node_names_of_the_region_are_accepted(string region, string nodeName)
    {
        Assert.Matches(Build(region).Values.ProviderRegex, nodeName);
    }

    [Theory]
    [InlineData("eu-west-1", "ip-10-30-1-2.eu-west-2.compute.internal")]
    [InlineData("eu-west-1", "api.prod.k8s.internal")]
    [InlineData("eu-west-1", "ip-10-30-1-2.eu-west-1.compute.internal.attacker.example")]
    [InlineData("eu-west-1", "ip-10-30-1-2xeu-west-1.compute.internal")]
    [InlineData("us-east-1", "ip-10-30-1-2.us-east-1.compute.internal")]
    public void Other_names_are_refused(string region, string name)
    {
        Assert.DoesNotMatch(new Regex(Build(region).Values.ProviderRegex), name);
    }

    [Fact]
    public void It_checks_addresses_against_the_vpc_and_resolves_the_requested_name()
    {
        var values = Build(vpcCidr: "10.20.0.0/16").Values;

        Assert.Equal(["10.20.0.0/16"], values.ProviderIpPrefixes);
        Assert.False(values.BypassDnsResolution);
    }

    [Fact]
    public void It_runs_on_control_plane_nodes_as_a_cluster_critical_pod()
    {
        var values = Build().Values;

        Assert.Equal(ControlPlanePlacement.NodeSelector, values.NodeSelector);
        Assert.Equal([ControlPlanePlacement.ControlPlaneTaint], values.Tolerations);
        Assert.Equal("system-cluster-critical", values.PriorityClassName);
    }

    [Fact]
    public void The_image_is_the_charts_default_pinned_by_the_chart_version()
    {
        Assert.DoesNotContain("image", PropertyReader.Read(Build().Values).Select(p => p.Key));
    }

    [Theory]
    [InlineData("eu-west-1", "10.30.0.0")]
    [InlineData("Ireland", "10.30.0.0/16")]
    public void A_bad_region_or_range_is_refused_with_the_fix(string region, string vpcCidr)
    {
        var error = Assert.Throws<ArgumentException>(() => Build(region, vpcCidr));

        Assert.Contains("e.g.", error.Message, StringComparison.Ordinal);
    }
}
