using Infra.Tests.Support;
using Infra.Aws;
using Infra.Aws.AutoScaling;
using Infra.Aws.Ec2;
using Infra.Kubelet;
using Infra.Model;
using Infra.NodePools;
using Infra.Software;
using Infra.Tests.Kubelet;

namespace Infra.Tests.NodePools;

public class NodePoolTests
{
    private static readonly string[] RequiredTagKeysAndName = [.. RequiredTags.Keys, "Name"];

    private static Dictionary<string, GroupTag> GroupTags(NodePool pool) => pool.Group.Args.Tags!.ToDictionary(t => t.Key);

    [Fact]
    public void Workers_accept_only_imdsv2_and_answer_only_their_own_network_namespace_not_pods()
    {
        var metadata = NodePoolFixture.General().LaunchTemplate.Args.MetadataOptions!;

        Assert.Equal("required", metadata.HttpTokens);
        Assert.Equal("enabled", metadata.HttpEndpoint);
        Assert.Equal(1, metadata.HttpPutResponseHopLimit);
    }

    [Fact]
    public void Root_volume_is_encrypted_gp3_and_deleted_with_the_node()
    {
        var root = Assert.Single(NodePoolFixture.General().LaunchTemplate.Args.BlockDeviceMappings!).Ebs!;

        Assert.Equal("gp3", root.VolumeType);
        Assert.Equal("true", root.Encrypted);
        Assert.Equal("true", root.DeleteOnTermination);
    }

    [Fact]
    public void Instances_volumes_and_network_interfaces_carry_every_required_tag_at_launch()
    {
        var specifications = NodePoolFixture.General().LaunchTemplate.Args.TagSpecifications!;

        Assert.Equal(["instance", "volume", "network-interface"], specifications.Select(s => s.ResourceType));
        Assert.All(specifications, s => Assert.All(RequiredTagKeysAndName, key => Assert.True(s.Tags.ContainsKey(key), $"{s.ResourceType} lacks '{key}'")));
    }

    [Fact]
    public void Launch_template_names_no_ssh_key()
    {
        var properties = PropertyReader.Read(NodePoolFixture.General().LaunchTemplate.Args).Select(p => p.Key);

        Assert.DoesNotContain("keyName", properties);
    }

    [Fact]
    public void Detailed_monitoring_is_on()
    {
        Assert.True(NodePoolFixture.General().LaunchTemplate.Args.Monitoring!.Enabled);
    }

    [Theory]
    [InlineData(3, 2, 10)]
    [InlineData(3, 11, 10)]
    [InlineData(-1, 0, 10)]
    [InlineData(0, 0, 0)]
    public void Sizes_out_of_order_are_refused_with_the_values_and_the_fix(int min, int desired, int max)
    {
        var args = NodePoolArgs.General(NodePoolFixture.Cluster()) with { MinSize = min, DesiredCapacity = desired, MaxSize = max };

        var error = Assert.Throws<ArgumentException>(() => NodePoolFixture.Build(args));

        Assert.Contains($"min {min}, desired {desired}, max {max}", error.Message, StringComparison.Ordinal);
        Assert.Contains("min <= desired <= max", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_autoscaler_discovers_the_group_by_its_tags()
    {
        var tags = GroupTags(NodePoolFixture.General());

        Assert.Equal("true", tags["k8s.io/cluster-autoscaler/enabled"].Value.KnownValue);
        Assert.Equal("owned", tags["k8s.io/cluster-autoscaler/prod"].Value.KnownValue);
        Assert.Equal("owned", tags["kubernetes.io/cluster/prod"].Value.KnownValue);
    }

    [Fact]
    public void Node_template_tags_describe_the_pools_labels_and_taints_for_scale_from_zero()
    {
        var tags = GroupTags(NodePoolFixture.Build(NodePoolArgs.Gpu(NodePoolFixture.Cluster())).Pool);

        Assert.Equal("gpu", tags["k8s.io/cluster-autoscaler/node-template/label/node-pool"].Value.KnownValue);
        Assert.Equal("true", tags["k8s.io/cluster-autoscaler/node-template/label/nvidia.com/gpu.present"].Value.KnownValue);
        Assert.Equal("present:NoSchedule", tags["k8s.io/cluster-autoscaler/node-template/taint/nvidia.com/gpu"].Value.KnownValue);
    }

    [Fact]
    public void Autoscaler_tags_stay_on_the_group_and_cost_tags_reach_the_instances()
    {
        var tags = GroupTags(NodePoolFixture.General());

        Assert.All(tags.Values.Where(t => t.Key.StartsWith("k8s.io/cluster-autoscaler/", StringComparison.Ordinal)), t => Assert.False(t.PropagateAtLaunch, t.Key));
        Assert.All(RequiredTagKeysAndName, key => Assert.True(tags[key].PropagateAtLaunch, key));
    }

    [Fact]
    public void Desired_capacity_is_left_to_the_cluster_autoscaler_after_creation()
    {
        Assert.Contains("desiredCapacity", NodePoolFixture.General().Group.Options.IgnoreChanges);
    }

    [Fact]
    public void Template_changes_roll_out_by_instance_refresh_keeping_most_nodes_serving()
    {
        var pool = NodePoolFixture.General();
        var version = pool.Group.Args.MixedInstancesPolicy!.LaunchTemplate.LaunchTemplateSpecification.Version!.Value;

        var reference = Assert.IsType<OutputReference>(Assert.Single(Assert.IsType<Interpolation>(version.Node).Parts));
        Assert.Same(pool.LaunchTemplate, reference.Resource);
        Assert.Equal("latestVersion", reference.PropertyPath);
        Assert.Equal("Rolling", pool.Group.Args.InstanceRefresh!.Strategy);
        Assert.Equal(NodePool.RefreshMinHealthyPercentage, pool.Group.Args.InstanceRefresh.Preferences!.MinHealthyPercentage);
    }

    [Fact]
    public void Several_instance_types_are_tried_in_the_order_given()
    {
        var pool = NodePoolFixture.General();

        var overrides = pool.Group.Args.MixedInstancesPolicy!.LaunchTemplate.Overrides!.Select(o => o.InstanceType);

        Assert.Equal(NodePoolArgs.General(NodePoolFixture.Cluster()).InstanceTypes, overrides);
        Assert.Null(pool.LaunchTemplate.Args.InstanceType);
        Assert.Null(pool.Group.Args.LaunchTemplate);
    }

    [Fact]
    public void A_single_instance_type_goes_in_the_launch_template()
    {
        var pool = NodePoolFixture.Build(NodePoolArgs.General(NodePoolFixture.Cluster()) with { InstanceTypes = ["m7i.2xlarge"] }).Pool;

        Assert.Equal("m7i.2xlarge", pool.LaunchTemplate.Args.InstanceType);
        Assert.Null(pool.Group.Args.MixedInstancesPolicy);
        Assert.NotNull(pool.Group.Args.LaunchTemplate);
    }

    [Fact]
    public void A_name_that_is_no_instance_type_is_refused()
    {
        var args = NodePoolArgs.General(NodePoolFixture.Cluster()) with { InstanceTypes = ["large"] };

        var error = Assert.Throws<ArgumentException>(() => NodePoolFixture.Build(args));

        Assert.Contains("'large' is not an EC2 instance type name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_join_endpoint_that_is_not_host_and_port_is_refused_naming_the_pool()
    {
        var cluster = NodePoolFixture.Cluster() with { Join = NodePoolFixture.Join with { ApiEndpoint = "api.prod.k8s.internal" } };

        var error = Assert.Throws<ArgumentException>(() => NodePoolFixture.Build(NodePoolArgs.General(cluster)));

        Assert.StartsWith("node pool 'general': join API endpoint 'api.prod.k8s.internal' is not host:port", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_shows_the_join_template_of_each_pool()
    {
        var pool = NodePoolFixture.General();

        var file = Assert.Single(pool.LaunchTemplate.Annotations.OfType<GeneratedFile>(), f => f.RelativePath == "node-pools/general/join.yaml.template");

        Assert.Equal(pool.Bootstrap.JoinConfigTemplate(), file.Content);
    }

    [Fact]
    public void The_group_states_the_pool_families_for_the_policies()
    {
        var (_, pool) = NodePoolFixture.Build(NodePoolArgs.General(NodePoolFixture.Cluster()) with { InstanceTypes = ["r7i.4xlarge"] });

        var annotation = Assert.Single(pool.Group.Annotations.OfType<NodePoolAnnotation>());

        Assert.Equal(["r7i.4xlarge"], annotation.InstanceTypes);
        Assert.Equal(NodePoolKind.General, annotation.Kind);
        Assert.Equal(NodePoolPreset.General.Families, annotation.AllowedFamilies);
    }

    [Fact]
    public void Instance_types_of_different_sizes_are_refused()
    {
        var args = NodePoolArgs.General(NodePoolFixture.Cluster()) with { InstanceTypes = ["m7i.4xlarge", "m6i.2xlarge"] };

        var error = Assert.Throws<ArgumentException>(() => NodePoolFixture.Build(args));

        Assert.Contains("use one size (4xlarge)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_tags_are_named()
    {
        var tags = NodePoolFixture.RequiredTags.Where(t => t.Key != "cost-center").ToDictionary();
        var args = NodePoolArgs.General(NodePoolFixture.Cluster() with { Tags = tags });

        var error = Assert.Throws<ArgumentException>(() => NodePoolFixture.Build(args));

        Assert.Contains("'cost-center'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void User_data_is_the_cloud_config_compressed_at_compile_time()
    {
        var pool = NodePoolFixture.General();

        Assert.Equal(pool.Bootstrap.ToCloudConfig(), UserDataText.Of(pool.LaunchTemplate.Args.UserData));
    }

    [Fact]
    public void Kubelet_settings_follow_the_clusters_expected_size()
    {
        var small = NodePoolFixture.Build(NodePoolArgs.General(NodePoolFixture.Cluster(100))).Pool;
        var large = NodePoolFixture.Build(NodePoolArgs.General(NodePoolFixture.Cluster(5_000))).Pool;

        Assert.Equal(KubeletSettings.ForNode(100, new RootVolume(100).Throughput, 16, numaAligned: false), small.Kubelet);
        Assert.Equal(KubeletSettings.ForNode(5_000, new RootVolume(100).Throughput, 16, numaAligned: false), large.Kubelet);
        Assert.True(small.Kubelet.KubeApiQps > large.Kubelet.KubeApiQps);
    }

    public static TheoryData<NodePoolKind, string> KindsAndTypes => new()
    {
        { NodePoolKind.General, "m7i.4xlarge" },
        { NodePoolKind.General, "m6a.xlarge" },
        { NodePoolKind.General, "m7g.4xlarge" },
        { NodePoolKind.Compute, "c7i.4xlarge" },
        { NodePoolKind.Compute, "c6i.24xlarge" },
        { NodePoolKind.Compute, "c7g.16xlarge" },
        { NodePoolKind.Memory, "r7i.4xlarge" },
        { NodePoolKind.Memory, "r6g.2xlarge" },
        { NodePoolKind.Gpu, "g4dn.xlarge" },
        { NodePoolKind.Gpu, "g5.48xlarge" },
    };

    [Theory]
    [MemberData(nameof(KindsAndTypes))]
    public void Every_pools_kubelet_configuration_uses_only_the_kubelets_fields_and_types(NodePoolKind kind, string instanceType)
    {
        var pool = NodePoolFixture.Build(NodePoolArgs.For(kind, NodePoolFixture.Cluster()) with { InstanceTypes = [instanceType] }).Pool;

        Assert.Empty(KubeletV1Beta1Schema.Validate(pool.Bootstrap.KubeletPatch()));
    }

    [Theory]
    [MemberData(nameof(KindsAndTypes))]
    public void Every_pools_user_data_stays_within_the_budget(NodePoolKind kind, string instanceType)
    {
        var pool = NodePoolFixture.Build(NodePoolArgs.For(kind, NodePoolFixture.Cluster()) with { InstanceTypes = [instanceType] }).Pool;

        Assert.InRange(UserData.Of("pool", pool.Bootstrap.ToCloudConfig()).Compressed.Count, 1, UserData.BudgetBytes);
    }

    [Fact]
    public void A_graviton_pool_boots_the_arm64_image_and_installs_arm64_software()
    {
        var cluster = NodePoolFixture.Cluster();
        var pool = NodePoolFixture.Build(NodePoolArgs.General(cluster) with { InstanceTypes = ["m7g.4xlarge", "m6g.4xlarge"] }).Pool;

        Assert.Same(cluster.Arm64ImageId!.Value.Node, pool.LaunchTemplate.Args.ImageId!.Value.Node);
        Assert.Equal(CpuArchitecture.Arm64, pool.Bootstrap.Software.Architecture);
    }

    [Fact]
    public void An_intel_pool_boots_the_amd64_image()
    {
        var cluster = NodePoolFixture.Cluster();
        var pool = NodePoolFixture.Build(NodePoolArgs.General(cluster)).Pool;

        Assert.Same(cluster.ImageId.Node, pool.LaunchTemplate.Args.ImageId!.Value.Node);
        Assert.Equal(CpuArchitecture.Amd64, pool.Bootstrap.Software.Architecture);
    }

    [Fact]
    public void An_arm64_pool_without_an_arm64_image_is_refused()
    {
        var args = NodePoolArgs.General(NodePoolFixture.Cluster() with { Arm64ImageId = null }) with { InstanceTypes = ["m7g.4xlarge"] };

        var error = Assert.Throws<ArgumentException>(() => NodePoolFixture.Build(args));

        Assert.Contains("set NodePoolCluster.Arm64ImageId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pool_mixing_architectures_is_refused()
    {
        var args = NodePoolArgs.General(NodePoolFixture.Cluster()) with { InstanceTypes = ["m7i.4xlarge", "m7g.4xlarge"] };

        var error = Assert.Throws<ArgumentException>(() => NodePoolFixture.Build(args));

        Assert.Contains("mix architectures amd64 and arm64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_outside_the_instance_type_table_is_refused_with_the_families_to_choose_from()
    {
        var args = NodePoolArgs.General(NodePoolFixture.Cluster()) with { InstanceTypes = ["t3.large"] };

        var error = Assert.Throws<ArgumentException>(() => NodePoolFixture.Build(args));

        Assert.Contains("'t3.large' is not in the instance type table", error.Message, StringComparison.Ordinal);
        Assert.Contains("m7i, m7a, m6i, m6a, m7g, m6g", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spot_share_launches_spot_above_the_on_demand_base_from_the_deepest_pools()
    {
        var pool = NodePoolFixture.Build(NodePoolArgs.Compute(NodePoolFixture.Cluster()) with { SpotPercentage = 70, OnDemandBaseCapacity = 2 }).Pool;

        var distribution = pool.Group.Args.MixedInstancesPolicy!.InstancesDistribution!;

        Assert.Equal((2, 30, "price-capacity-optimized"), (distribution.OnDemandBaseCapacity, distribution.OnDemandPercentageAboveBaseCapacity, distribution.SpotAllocationStrategy));
    }

    [Fact]
    public void A_single_type_with_spot_still_gets_a_mixed_instances_policy()
    {
        var pool = NodePoolFixture.Build(NodePoolArgs.Gpu(NodePoolFixture.Cluster()) with { SpotPercentage = 100 }).Pool;

        Assert.Null(pool.LaunchTemplate.Args.InstanceType);
        Assert.Equal(0, pool.Group.Args.MixedInstancesPolicy!.InstancesDistribution!.OnDemandPercentageAboveBaseCapacity);
    }

    [Fact]
    public void Without_spot_every_node_is_on_demand()
    {
        var distribution = NodePoolFixture.General().Group.Args.MixedInstancesPolicy!.InstancesDistribution!;

        Assert.Equal((100, null), (distribution.OnDemandPercentageAboveBaseCapacity, distribution.SpotAllocationStrategy));
    }

    [Theory]
    [InlineData(101, 0)]
    [InlineData(-1, 0)]
    [InlineData(50, 1_000)]
    public void A_spot_share_out_of_range_is_refused(int spot, int onDemandBase)
    {
        var args = NodePoolArgs.Compute(NodePoolFixture.Cluster()) with { SpotPercentage = spot, OnDemandBaseCapacity = onDemandBase };

        var error = Assert.Throws<ArgumentException>(() => NodePoolFixture.Build(args));

        Assert.Contains("set SpotPercentage within 0-100 and OnDemandBaseCapacity within 0-128", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(KindsAndTypes))]
    public void Every_pool_tells_the_autoscaler_its_nodes_resources_for_scale_from_zero(NodePoolKind kind, string instanceType)
    {
        var args = NodePoolArgs.For(kind, NodePoolFixture.Cluster()) with { InstanceTypes = [instanceType] };
        var tags = GroupTags(NodePoolFixture.Build(args).Pool);

        var expected = NodeTemplateResources.Of(args.Node, args.Kubelet, args.RootVolumeSizeGiB);
        Assert.All(expected, r => Assert.Equal(r.Value, tags[$"k8s.io/cluster-autoscaler/node-template/resources/{r.Key}"].Value.KnownValue));
        Assert.Equal(["cpu", "ephemeral-storage", "memory"], expected.Keys.Where(k => k != NodeTemplateResources.GpuResource));
    }

    [Fact]
    public void A_gpu_pool_tells_the_autoscaler_its_gpus()
    {
        var tags = GroupTags(NodePoolFixture.Build(NodePoolArgs.Gpu(NodePoolFixture.Cluster())).Pool);

        Assert.Equal("1", tags["k8s.io/cluster-autoscaler/node-template/resources/nvidia.com/gpu"].Value.KnownValue);
    }

    [Fact]
    public void Local_ssd_on_instance_types_without_instance_store_is_refused_naming_them_and_the_kinds_families_that_have_it()
    {
        var args = NodePoolArgs.General(NodePoolFixture.Cluster()) with { LocalSsd = true, InstanceTypes = ["m6id.4xlarge", "m6i.4xlarge"] };

        var error = Assert.Throws<ArgumentException>(() => NodePoolFixture.Build(args));

        Assert.Contains("local SSD is on but m6i.4xlarge has no NVMe instance store: use types of m6id, which have it", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NodePoolKind.Compute, "c6id.4xlarge")]
    [InlineData(NodePoolKind.Memory, "r6id.4xlarge")]
    [InlineData(NodePoolKind.Memory, "i4i.4xlarge")]
    [InlineData(NodePoolKind.Gpu, "g5.xlarge")]
    public void Local_ssd_is_accepted_on_every_type_the_table_gives_instance_store(NodePoolKind kind, string instanceType)
    {
        var pool = NodePoolFixture.Build(NodePoolArgs.For(kind, NodePoolFixture.Cluster()) with { LocalSsd = true, InstanceTypes = [instanceType] }).Pool;

        Assert.Contains(pool.Bootstrap.Sequence.Steps, step => step.Name == "prepare-local-ssds");
    }

    [Fact]
    public void Local_ssd_nodes_prepare_their_disks_at_boot_and_carry_the_label_the_provisioner_selects_even_from_zero()
    {
        var pool = NodePoolFixture.Build(NodePoolArgs.For(NodePoolKind.Memory, NodePoolFixture.Cluster()) with { LocalSsd = true, InstanceTypes = ["i4i.4xlarge"] }).Pool;

        Assert.Equal("true", pool.Bootstrap.Labels[LocalSsdDisks.NodeLabel]);
        Assert.Equal("true", GroupTags(pool)[$"k8s.io/cluster-autoscaler/node-template/label/{LocalSsdDisks.NodeLabel}"].Value.KnownValue);
        Assert.True(pool.Bootstrap.Sequence.IndexOf("prepare-local-ssds") < pool.Bootstrap.Sequence.IndexOf("prepare-node"));
        Assert.DoesNotContain(NodePoolFixture.General().Bootstrap.Sequence.Steps, step => step.Name == "prepare-local-ssds");
    }

    [Fact]
    public void A_gpu_pool_with_local_ssd_stays_within_the_user_data_budget()
    {
        var pool = NodePoolFixture.Build(NodePoolArgs.Gpu(NodePoolFixture.Cluster()) with { LocalSsd = true }).Pool;

        Assert.InRange(UserData.Of("gpu", pool.Bootstrap.ToCloudConfig()).Compressed.Count, 1, UserData.BudgetBytes);
    }
}
