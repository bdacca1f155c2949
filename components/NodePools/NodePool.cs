using Infra.Aws;
using Infra.Aws.AutoScaling;
using Infra.Aws.Ec2;
using Infra.Kubelet;
using Infra.Model;
using Infra.NodeIam;
using Infra.Software;

namespace Infra.NodePools;

/// <summary>
/// A pool of worker nodes: a launch template (IMDSv2 only, encrypted gp3 root volume, no SSH key,
/// cloud-init bootstrap) and an Auto Scaling group across the cluster's private subnets that the
/// Cluster Autoscaler discovers by tag and scales, from zero where the pool allows it. The
/// component's id is the pool's name.
/// </summary>
public sealed class NodePool : Component
{
    /// <summary>The largest cluster the derivation rules are made for (upstream's tested scalability limit).</summary>
    public const int MaxExpectedNodes = 5_000;

    /// <summary>
    /// 1 hop for IMDSv2 token responses: the node's own processes (boot, kubelet, host-network pods) are
    /// one hop away; a pod in its own network namespace is two, so its token request never gets an
    /// answer and no pod can take the worker role, read the join token or request a node's client
    /// certificate. Node agents take what they need from Kubernetes instead (the EBS CSI node plugin
    /// reads the zone, region and instance type from its Node's labels, see <c>EbsCsiDriver</c>);
    /// controllers that call AWS run on the control plane, as the cloud controller manager does.
    /// </summary>
    public const int MetadataHopLimit = 1;

    /// <summary>
    /// 300 s before a new node counts towards refresh progress and scaling metrics: about as long as
    /// it takes to boot, install and join.
    /// </summary>
    public const int InstanceWarmupSeconds = 300;

    /// <summary>Instance refresh keeps 90% of the pool serving: at 584 general nodes, 58 are replaced at a time.</summary>
    public const int RefreshMinHealthyPercentage = 90;

    /// <summary>
    /// Spot nodes come from the pools with the most spare capacity, the cheapest among them (AWS's recommended strategy):
    /// fewer interruptions than lowest-price, which crowds into the pools most likely to be reclaimed.
    /// </summary>
    public const string SpotAllocationStrategy = "price-capacity-optimized";

    public NodePool(Scope parent, NodePoolArgs args)
        : base(parent, (args ?? throw new ArgumentNullException(nameof(args))).Name)
    {
        Validate(args);
        var cluster = args.Cluster;
        var rootVolume = new RootVolume(args.RootVolumeSizeGiB);
        var labels = new SortedDictionary<string, string>(args.Labels.ToDictionary(), StringComparer.Ordinal) { [NodePoolArgs.PoolLabel] = args.Name };
        if (args.LocalSsd)
        {
            labels[LocalSsdDisks.NodeLabel] = "true";
        }

        Kubelet = args.Kubelet;
        Bootstrap = new NodeBootstrap
        {
            Kubelet = Kubelet,
            Software = args.Software with { Architecture = args.Architecture },
            Labels = labels,
            Taints = args.Taints,
            Join = cluster.Join,
            ClusterDns = cluster.ClusterDns,
            Hardware = Hardware(args),
        };

        // One type and no Spot fit the launch template alone; anything else needs a mixed instances policy.
        var singleType = args.InstanceTypes.Count == 1 && args.SpotPercentage == 0 ? args.InstanceTypes[0] : null;
        var cloudConfig = Bootstrap.ToCloudConfig();
        var userData = UserData.Of($"node pool '{args.Name}'", cloudConfig);

        LaunchTemplate = new LaunchTemplate(Scope, "launch-template", new LaunchTemplateArgs
        {
            Description = $"Nodes of pool {args.Name} in cluster {cluster.Name}",
            ImageId = args.Architecture == CpuArchitecture.Arm64 ? cluster.Arm64ImageId! : cluster.ImageId,
            InstanceType = singleType,
            IamInstanceProfile = new LaunchTemplateIamInstanceProfile { Name = cluster.InstanceProfileName },
            VpcSecurityGroupIds = [cluster.NodeSecurityGroupId],
            MetadataOptions = new LaunchTemplateMetadataOptions
            {
                HttpEndpoint = "enabled",
                HttpTokens = "required",
                HttpPutResponseHopLimit = MetadataHopLimit,
                InstanceMetadataTags = "disabled",
            },
            BlockDeviceMappings =
            [
                new LaunchTemplateBlockDeviceMapping
                {
                    DeviceName = args.RootDeviceName,
                    Ebs = new LaunchTemplateBlockDeviceMappingEbs
                    {
                        VolumeSize = rootVolume.SizeGiB,
                        VolumeType = "gp3",
                        Iops = rootVolume.Iops,
                        Throughput = rootVolume.Throughput,
                        Encrypted = "true",
                        DeleteOnTermination = "true",
                    },
                },
            ],
            Monitoring = new LaunchTemplateMonitoring { Enabled = true },
            EbsOptimized = "true",
            UserData = userData.Base64,
            TagSpecifications = LaunchTags.Specifications(cluster.Tags, $"{cluster.Name}-{args.Name}", cluster.Name),
            UpdateDefaultVersion = true,
            Tags = cluster.Tags,
        });
        // The bootstrap as readable files for `infra render`: the whole user data, the kubelet patch and the join template it writes.
        LaunchTemplate.Annotate(new GeneratedFile($"node-pools/{args.Name}/cloud-init.yaml", cloudConfig));
        LaunchTemplate.Annotate(new GeneratedFile($"node-pools/{args.Name}/kubelet-config.yaml", Bootstrap.KubeletPatch()));
        LaunchTemplate.Annotate(new GeneratedFile($"node-pools/{args.Name}/join.yaml.template", Bootstrap.JoinConfigTemplate()));
        // The configuration itself, for policies (CAP-004 reads its eviction thresholds).
        LaunchTemplate.Annotate(Bootstrap.KubeletConfig);

        // Referencing latestVersion makes the group change with every template change, which starts an instance refresh.
        // The number fills a string property: Pulumi YAML coerces numbers to strings (pulumi-yaml analyser.go).
        Expr<string> version = Fn.Interpolate($"{LaunchTemplate.LatestVersion}");
        Group = new Group(Scope, "group", new GroupArgs
        {
            MinSize = args.MinSize,
            MaxSize = args.MaxSize,
            DesiredCapacity = args.DesiredCapacity,
            VpcZoneIdentifiers = cluster.PrivateSubnetIds,
            LaunchTemplate = singleType is null ? null : new GroupLaunchTemplate { Id = LaunchTemplate.Id, Version = version },
            MixedInstancesPolicy = singleType is null ? MixedInstances(args, version) : null,
            // EC2 status checks only: no load balancer fronts the nodes, and a NotReady kubelet is Kubernetes' to handle.
            HealthCheckType = "EC2",
            HealthCheckGracePeriod = args.HealthCheckGracePeriodSeconds,
            DefaultInstanceWarmup = InstanceWarmupSeconds,
            // No effect on On-Demand capacity; replaces Spot nodes ahead of interruption when a pool mixes Spot in.
            CapacityRebalance = true,
            InstanceRefresh = new GroupInstanceRefresh
            {
                Strategy = "Rolling",
                Preferences = new GroupInstanceRefreshPreferences
                {
                    MinHealthyPercentage = RefreshMinHealthyPercentage,
                    MaxHealthyPercentage = 100,
                    SkipMatching = true,
                },
            },
            EnabledMetrics = Enum.GetValues<GroupMetric>(),
            MetricsGranularity = "1Minute",
            Tags = GroupTags(args, labels),
        }, new ResourceOptions
        {
            DependsOn = cluster.ControlPlane,
            // The Cluster Autoscaler sets the desired capacity after creation; applying ours again would undo its scaling.
            IgnoreChanges = ["desiredCapacity"],
        });
        Group.Annotate(new NodePoolAnnotation(args.Name, args.Kind, args.InstanceTypes, args.AllowedFamilies));
    }

    public LaunchTemplate LaunchTemplate { get; }

    public Group Group { get; }

    public KubeletSettings Kubelet { get; }

    public NodeBootstrap Bootstrap { get; }

    public Output<string> GroupName => Group.GroupName;

    public Output<string> GroupArn => Group.Arn;

    public Output<string> LaunchTemplateId => LaunchTemplate.Id;

    /// <summary>
    /// Group tags. The Cluster Autoscaler's (discovery, and node-template labels, taints and resources that let it
    /// scale a pool from zero, <see cref="NodeTemplateResources"/>) stay on the group: propagateAtLaunch false. The required tags and Name also
    /// propagate to instances, as the launch template's tag specifications do.
    /// </summary>
    private static GroupTag[] GroupTags(NodePoolArgs args, IReadOnlyDictionary<string, string> labels)
    {
        const string autoscaler = "k8s.io/cluster-autoscaler";
        var clusterName = args.Cluster.Name;
        var groupOnly = new List<GroupTag>
        {
            new($"{autoscaler}/enabled", "true", false),
            new($"{autoscaler}/{clusterName}", "owned", false),
            new($"kubernetes.io/cluster/{clusterName}", "owned", false),
        };
        groupOnly.AddRange(labels.Select(l => new GroupTag($"{autoscaler}/node-template/label/{l.Key}", l.Value, false)));
        groupOnly.AddRange(args.Taints.Select(t => new GroupTag($"{autoscaler}/node-template/taint/{t.Key}", t.AutoscalerTagValue, false)));
        groupOnly.AddRange(NodeTemplateResources.Of(args.Node, args.Kubelet, args.RootVolumeSizeGiB)
            .Select(r => new GroupTag($"{autoscaler}/node-template/resources/{r.Key}", r.Value, false)));

        var propagated = args.Cluster.Tags
            .Select(t => new GroupTag(t.Key, t.Value, true))
            .Append(new GroupTag("Name", $"{clusterName}-{args.Name}", true));

        return groupOnly.Concat(propagated).OrderBy(t => t.Key, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The boot work of the pool's hardware: the GPU driver first, then the disks.</summary>
    private static IReadOnlyList<IPoolBootSteps> Hardware(NodePoolArgs args) =>
        [.. args.NvidiaGpus ? [NvidiaGpuSoftware.Instance] : Array.Empty<IPoolBootSteps>(), .. args.LocalSsd ? [LocalSsdDisks.Instance] : Array.Empty<IPoolBootSteps>()];

    /// <summary>
    /// Several instance types, or Spot mixed in: On-Demand nodes tried in the order given; above the On-Demand base,
    /// <see cref="NodePoolArgs.SpotPercentage"/> of the nodes are Spot, placed by <see cref="SpotAllocationStrategy"/>.
    /// </summary>
    private GroupMixedInstancesPolicy MixedInstances(NodePoolArgs args, Expr<string> version) => new()
    {
        InstancesDistribution = new GroupMixedInstancesPolicyInstancesDistribution
        {
            OnDemandAllocationStrategy = "prioritized",
            OnDemandBaseCapacity = args.OnDemandBaseCapacity,
            OnDemandPercentageAboveBaseCapacity = 100 - args.SpotPercentage,
            SpotAllocationStrategy = args.SpotPercentage > 0 ? SpotAllocationStrategy : null,
        },
        LaunchTemplate = new GroupMixedInstancesPolicyLaunchTemplate
        {
            LaunchTemplateSpecification = new GroupMixedInstancesPolicyLaunchTemplateSpecification { LaunchTemplateId = LaunchTemplate.Id, Version = version },
            Overrides = args.InstanceTypes.Select(type => new GroupMixedInstancesPolicyLaunchTemplateOverride { InstanceType = type }).ToArray(),
        },
    };

    private static void Validate(NodePoolArgs args)
    {
        var cluster = args.Cluster;
        var pool = $"node pool '{args.Name}'";
        if (!ClusterNameRule.IsValid(cluster.Name))
        {
            throw new ArgumentException($"{pool}: cluster name '{cluster.Name}' is not valid in tag keys: {ClusterNameRule.Requirement}", nameof(args));
        }

        if (cluster.ExpectedNodes is < 1 or > MaxExpectedNodes)
        {
            throw new ArgumentException(
                $"{pool}: expected nodes {cluster.ExpectedNodes} is outside 1-{MaxExpectedNodes}: set NodePoolCluster.ExpectedNodes to the planned cluster size", nameof(args));
        }

        if (cluster.PrivateSubnetIds.Count == 0)
        {
            throw new ArgumentException($"{pool}: no private subnets: pass the network's private subnet ids, one per availability zone", nameof(args));
        }

        var missingTags = RequiredTags.Keys.Where(key => !cluster.Tags.ContainsKey(key)).ToList();
        if (missingTags.Count > 0)
        {
            throw new ArgumentException(
                $"{pool}: required tags {string.Join(", ", missingTags.Select(k => $"'{k}'"))} are missing: add them to NodePoolCluster.Tags", nameof(args));
        }

        ArgumentNullException.ThrowIfNull(cluster.Join);
        cluster.Join.Validate(pool, nameof(args));
        ValidateInstanceTypes(args, pool);

        if (args.MinSize < 0 || args.MaxSize < 1 || args.MinSize > args.DesiredCapacity || args.DesiredCapacity > args.MaxSize)
        {
            throw new ArgumentException(
                $"{pool}: sizes min {args.MinSize}, desired {args.DesiredCapacity}, max {args.MaxSize} must satisfy 0 <= min <= desired <= max and max >= 1: adjust MinSize, DesiredCapacity or MaxSize",
                nameof(args));
        }

        if (args.RootVolumeSizeGiB is < RootVolume.MinSizeGiB or > RootVolume.MaxSizeGiB)
        {
            throw new ArgumentException(
                $"{pool}: root volume of {args.RootVolumeSizeGiB} GiB is outside {RootVolume.MinSizeGiB}-{RootVolume.MaxSizeGiB} GiB: set RootVolumeSizeGiB within it", nameof(args));
        }

        if (args.SpotPercentage is < 0 or > 100 || args.OnDemandBaseCapacity < 0 || args.OnDemandBaseCapacity > args.MaxSize)
        {
            throw new ArgumentException(
                $"{pool}: Spot {args.SpotPercentage}% over an On-Demand base of {args.OnDemandBaseCapacity} is out of range: set SpotPercentage within 0-100 and OnDemandBaseCapacity within 0-{args.MaxSize} (MaxSize)",
                nameof(args));
        }

        if (args.Architecture == CpuArchitecture.Arm64 && cluster.Arm64ImageId is null)
        {
            throw new ArgumentException($"{pool}: its instance types are arm64 but the cluster has no arm64 image: set NodePoolCluster.Arm64ImageId", nameof(args));
        }

        if (args.Labels.ContainsKey(NodePoolArgs.PoolLabel))
        {
            throw new ArgumentException(
                $"{pool}: label '{NodePoolArgs.PoolLabel}' is set by the pool itself (to its name): remove it from Labels", nameof(args));
        }
    }

    private static void ValidateInstanceTypes(NodePoolArgs args, string pool)
    {
        if (args.InstanceTypes.Count == 0)
        {
            throw new ArgumentException($"{pool}: no instance types: give at least one of families {string.Join(", ", args.AllowedFamilies)}", nameof(args));
        }

        var parsed = new List<InstanceTypeName>();
        foreach (var instanceType in args.InstanceTypes)
        {
            var name = InstanceTypeName.Parse(instanceType);
            // Families outside the pool's allowed ones are a policy finding (advisory in dev), not an error.
            if (name is null)
            {
                throw new ArgumentException(
                    $"{pool}: '{instanceType}' is not an EC2 instance type name: use family.size, e.g. '{args.AllowedFamilies[0]}.4xlarge'",
                    nameof(args));
            }

            if (Ec2InstanceTypes.Find(instanceType) is null)
            {
                throw new ArgumentException(
                    $"{pool}: '{instanceType}' is not in the instance type table (Ec2InstanceTypes), so its vCPUs, memory and architecture are unknown: use a type of families {string.Join(", ", args.AllowedFamilies)}, or add its family to the table with its source",
                    nameof(args));
            }

            parsed.Add(name);
        }

        var architectures = args.InstanceTypes.Select(type => Ec2InstanceTypes.Find(type)!.Architecture).Distinct().ToList();
        if (architectures.Count > 1)
        {
            throw new ArgumentException(
                $"{pool}: instance types {string.Join(", ", args.InstanceTypes)} mix architectures {string.Join(" and ", architectures)}, but a pool boots one image: put Graviton (arm64) types in a pool of their own",
                nameof(args));
        }

        var withoutDisks = args.InstanceTypes.Where(type => Ec2InstanceTypes.Find(type)!.InstanceStoreGb == 0).ToList();
        if (args.LocalSsd && withoutDisks.Count > 0)
        {
            // The kind's own families first, so the fix also passes AWS-008; every such family when the kind has none.
            var ofKind = args.AllowedFamilies.Intersect(Ec2InstanceTypes.FamiliesWithInstanceStore, StringComparer.Ordinal).ToList();
            throw new ArgumentException(
                $"{pool}: local SSD is on but {string.Join(", ", withoutDisks)} {(withoutDisks.Count == 1 ? "has" : "have")} no NVMe instance store: use types of {string.Join(", ", ofKind.Count > 0 ? ofKind : Ec2InstanceTypes.FamiliesWithInstanceStore)}, which have it (InstanceStoreGb in Ec2InstanceTypes), or turn LocalSsd off",
                nameof(args));
        }

        if (parsed.Select(n => n.Size).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            throw new ArgumentException(
                $"{pool}: instance types {string.Join(", ", args.InstanceTypes)} differ in size, but the Cluster Autoscaler plans nodes from the first: use one size ({parsed[0].Size})",
                nameof(args));
        }
    }
}
