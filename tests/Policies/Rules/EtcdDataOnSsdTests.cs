using Infra.Aws.Ebs;
using Infra.Policies.Rules;
using Infra.Tests.Etcd;
using static Infra.Tests.Policies.Rules.ControlPlanePolicyFixture;

namespace Infra.Tests.Policies.Rules;

public sealed class EtcdDataOnSsdTests
{
    private readonly EtcdDataOnSsd rule = new();

    [Fact]
    public void A_gp2_data_volume_is_flagged_for_its_burst_baseline_with_the_gp3_fix()
    {
        var program = RuleFixture.Program();
        EtcdCluster(program, [Zones[0]], volumeType: "gp2");

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("etcd/etcd-a/data", violation.ResourcePath);
        Assert.Equal("type", violation.Property);
        Assert.Contains("etcd member 'etcd-a' of cluster 'etcd' keeps its data on a 'gp2' volume, whose baseline is 3 IOPS per GiB", violation.Message, StringComparison.Ordinal);
        Assert.Contains("set Type = \"gp3\"", violation.Message, StringComparison.Ordinal);
        Assert.Contains("a reviewed waiver of CP-003 in policies/waivers.yaml", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("st1")]
    [InlineData("sc1")]
    [InlineData("standard")]
    public void A_hard_disk_data_volume_is_flagged(string type)
    {
        var program = RuleFixture.Program();
        EtcdCluster(program, [Zones[0]], volumeType: type);

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Contains($"on a '{type}' volume, not one of gp3, io1, io2", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gp3")]
    [InlineData("io1")]
    [InlineData("io2")]
    public void Ssd_data_volumes_with_a_sustained_baseline_pass(string type)
    {
        var program = RuleFixture.Program();
        EtcdCluster(program, [Zones[0]], volumeType: type);

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void Volumes_that_hold_no_etcd_data_are_not_checked()
    {
        var program = RuleFixture.Program();
        _ = new Volume(program.Root, "scratch", new VolumeArgs { AvailabilityZone = Zones[0], Type = "st1", Size = 500 });

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(5_000)]
    public void The_etcd_cluster_component_complies_at_every_size(int expectedNodes)
    {
        var (program, _, _) = EtcdClusterFixture.Build(expectedNodes);

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
