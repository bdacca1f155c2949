using Infra.Aws;
using Infra.Aws.Iam;
using Infra.Model;
using Infra.NodeAutoscaling;

namespace Infra.NodeIam;

/// <summary>
/// The permissions of the two node roles of a self-managed (kubeadm) cluster, one documented
/// statement each. Deliberately not the EKS managed policies (AmazonEKSWorkerNodePolicy,
/// AmazonEKS_CNI_Policy): they grant EKS and VPC CNI permissions this cluster never uses.
/// </summary>
public static class NodePermissions
{
    /// <summary>The managed policy that lets SSM Session Manager open a shell: operators' only way in (no SSH keys, no port 22).</summary>
    public const string SessionManagerPolicyName = "AmazonSSMManagedInstanceCore";

    /// <summary>The tag the EBS CSI driver puts on every volume and snapshot it creates (value <c>true</c>).</summary>
    public const string EbsCsiClusterTag = "ebs.csi.aws.com/cluster";

    /// <summary>The tag naming the cluster, set by the driver when it runs with a tag cluster id.</summary>
    public const string EbsCsiClusterNameTag = "ebs.csi.aws.com/cluster-name";

    /// <summary>The Elastic Load Balancing calls that create what the cloud controller manager tags in the same request.</summary>
    public static IReadOnlyList<string> LoadBalancerCreatingActions { get; } = ["CreateListener", "CreateLoadBalancer", "CreateTargetGroup"];

    /// <summary>Every node (worker or control plane): pull images, answer the kubelet's EC2 lookups, read its bootstrap parameters.</summary>
    public static IReadOnlyList<PolicyStatement> Node(AwsAccount account, string parameterPath, IReadOnlyList<Expr<string>>? imageRepositoryArns)
    {
        ArgumentNullException.ThrowIfNull(account);
        return
        [
            // GetAuthorizationToken has no resource-level permissions: AWS only accepts "*".
            new PolicyStatement
            {
                Sid = "EcrAuthorizationToken",
                Action = ["ecr:GetAuthorizationToken"],
                Resource = ["*"],
            },

            // The three read calls an image pull makes, on our repositories only.
            new PolicyStatement
            {
                Sid = "EcrPullImages",
                Action = ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
                Resource = imageRepositoryArns ?? [account.Arn("ecr", "repository/*")],
            },

            // The upstream cloud-provider-aws node policy: the kubelet and the ECR credential provider
            // look up the instance and region. Describe calls have no resource-level permissions.
            new PolicyStatement
            {
                Sid = "DescribeOwnInstance",
                Action = ["ec2:DescribeInstances", "ec2:DescribeRegions"],
                Resource = ["*"],
            },

            // Bootstrap values (the join token and CA pin, written by the control plane) under this role's own path:
            // the path itself for GetParametersByPath, its children for GetParameter(s). Parameters under
            // the AWS managed aws/ssm key decrypt without a kms:Decrypt grant; those under the PKI key need its grant.
            new PolicyStatement
            {
                Sid = "ReadBootstrapParameters",
                Action = ["ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath"],
                Resource = [account.Arn("ssm", $"parameter{parameterPath}"), account.Arn("ssm", $"parameter{parameterPath}/*")],
            },
        ];
    }

    /// <summary>
    /// A node whose boot failed marks itself Unhealthy so its Auto Scaling group replaces it (the boot library's
    /// failure report, <c>Infra.Boot.BootLibrary</c>): only in the groups tagged as the cluster's. SetInstanceHealth
    /// names no group, so the group is matched by its tag (<c>autoscaling:ResourceTag/&lt;key&gt;</c>: Amazon EC2 Auto
    /// Scaling user guide, "Tags for security", docs.aws.amazon.com/autoscaling/ec2/userguide/tag-security.html).
    /// The cost: any node of the cluster can mark any instance of the cluster's groups unhealthy, i.e. replace it.
    /// </summary>
    public static PolicyStatement ReportFailedBoot(string clusterName) => new()
    {
        Sid = "ReportFailedBoot",
        Action = ["autoscaling:SetInstanceHealth"],
        Resource = ["*"],
        Condition = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Expr<string>>>>
        {
            ["StringEquals"] = new Dictionary<string, IReadOnlyList<Expr<string>>> { [$"autoscaling:ResourceTag/kubernetes.io/cluster/{clusterName}"] = ["owned"] },
        },
    };

    /// <summary>
    /// The AWS cloud controller manager, which runs on control-plane nodes: the upstream
    /// cloud-provider-aws control-plane policy, narrowed. Left out: volume actions and kms:DescribeKey
    /// (in-tree EBS volumes are gone since Kubernetes 1.27; the EBS CSI controller gets
    /// <see cref="EbsCsiController"/>), route actions with ec2:ModifyInstanceAttribute (cloud routes stay
    /// off: Calico routes pod traffic), the autoscaling describe calls (no code path of the 1.34
    /// controller calls them), elasticloadbalancing:SetSecurityGroups (first used after 1.34) and tagging
    /// instances (the tagging controller is off by default and we do not enable it).
    /// </summary>
    public static IReadOnlyList<PolicyStatement> CloudController(AwsAccount account, string clusterName)
    {
        ArgumentNullException.ThrowIfNull(account);
        var clusterTagKey = $"kubernetes.io/cluster/{clusterName}";
        var clusterTag = $"aws:ResourceTag/{clusterTagKey}";
        return
        [
            // Read-only discovery of instances, subnets, security groups and load balancers.
            // Describe calls have no resource-level permissions.
            new PolicyStatement
            {
                Sid = "CloudControllerDescribe",
                Action =
                [
                    "ec2:DescribeAvailabilityZones",
                    "ec2:DescribeInstanceTopology",
                    "ec2:DescribeInstances",
                    "ec2:DescribeRegions",
                    "ec2:DescribeRouteTables",
                    "ec2:DescribeSecurityGroups",
                    "ec2:DescribeSubnets",
                    "ec2:DescribeVpcs",
                    "elasticloadbalancing:DescribeListeners",
                    "elasticloadbalancing:DescribeLoadBalancerAttributes",
                    "elasticloadbalancing:DescribeLoadBalancerPolicies",
                    "elasticloadbalancing:DescribeLoadBalancers",
                    "elasticloadbalancing:DescribeTargetGroups",
                    "elasticloadbalancing:DescribeTargetHealth",
                ],
                Resource = ["*"],
            },

            // Service load balancers get their own security groups, created in the cluster's VPC. The VPC
            // is a resource of the call too, and carries no tag we could require of an adopted VPC.
            new PolicyStatement
            {
                Sid = "CloudControllerCreateSecurityGroupsInVpc",
                Action = ["ec2:CreateSecurityGroup"],
                Resource = [account.Arn("ec2", "vpc/*")],
            },

            // The controller creates its groups with the cluster tag ("owned") in the same call, so a
            // group without it is not the controller's to create.
            new PolicyStatement
            {
                Sid = "CloudControllerCreateClusterSecurityGroups",
                Action = ["ec2:CreateSecurityGroup"],
                Resource = [account.Arn("ec2", "security-group/*")],
                Condition = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Expr<string>>>>
                {
                    ["StringEquals"] = new Dictionary<string, IReadOnlyList<Expr<string>>> { [$"aws:RequestTag/{clusterTagKey}"] = ["owned"] },
                },
            },

            // Tagging in that creating call needs ec2:CreateTags, for that call only.
            new PolicyStatement
            {
                Sid = "CloudControllerTagSecurityGroupsOnCreate",
                Action = ["ec2:CreateTags"],
                Resource = [account.Arn("ec2", "security-group/*")],
                Condition = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Expr<string>>>>
                {
                    ["StringEquals"] = new Dictionary<string, IReadOnlyList<Expr<string>>> { ["ec2:CreateAction"] = ["CreateSecurityGroup"] },
                },
            },

            // Changing, re-tagging (the controller repairs missing tags on its groups) or deleting a
            // security group needs it to carry kubernetes.io/cluster/<cluster> (any value: "owned" on the
            // controller's own groups, "owned"/"shared" on the node group).
            new PolicyStatement
            {
                Sid = "CloudControllerClusterSecurityGroups",
                Action = ["ec2:AuthorizeSecurityGroupIngress", "ec2:CreateTags", "ec2:DeleteSecurityGroup", "ec2:RevokeSecurityGroupIngress"],
                Resource = [account.Arn("ec2", "security-group/*")],
                Condition = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Expr<string>>>>
                {
                    ["Null"] = new Dictionary<string, IReadOnlyList<Expr<string>>> { [clusterTag] = ["false"] },
                },
            },

            // Service load balancers (classic and network), their listeners and target groups: created only
            // with the cluster tag in the creating request. cloud-provider-aws sets it ("owned", with the
            // Service's name) in every creating call: CreateLoadBalancer (both APIs), CreateTargetGroup and
            // CreateListener (pkg/providers/v1/aws_loadbalancer.go, tags from tagging.buildTags).
            new PolicyStatement
            {
                Sid = "CloudControllerCreateClusterLoadBalancers",
                Action = [.. LoadBalancerCreatingActions.Select(action => $"elasticloadbalancing:{action}")],
                Resource = ["*"],
                Condition = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Expr<string>>>>
                {
                    ["StringEquals"] = new Dictionary<string, IReadOnlyList<Expr<string>>> { [$"aws:RequestTag/{clusterTagKey}"] = ["owned"] },
                },
            },

            // Tagging in those creating calls needs elasticloadbalancing:AddTags, for those calls only (Elastic
            // Load Balancing user guide, "API permissions to tag resources during creation").
            new PolicyStatement
            {
                Sid = "CloudControllerTagLoadBalancersOnCreate",
                Action = ["elasticloadbalancing:AddTags"],
                Resource = ["*"],
                Condition = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Expr<string>>>>
                {
                    ["StringEquals"] = new Dictionary<string, IReadOnlyList<Expr<string>>> { ["elasticloadbalancing:CreateAction"] = [.. LoadBalancerCreatingActions] },
                },
            },

            // Every later change, on load balancers, listeners and target groups that carry the cluster tag
            // (any value). Every one of these actions accepts aws:ResourceTag. What this cannot scope: a
            // Service's load balancer is not told apart from another Service's of the same cluster (the
            // Service name tag is set but a condition cannot match it to the caller), and a load balancer
            // made by a controller run without the cluster name carries no cluster tag: tag it with
            // kubernetes.io/cluster/<cluster>=owned before this controller can change or delete it.
            new PolicyStatement
            {
                Sid = "CloudControllerClusterLoadBalancers",
                Action =
                [
                    "elasticloadbalancing:AddTags",
                    "elasticloadbalancing:ApplySecurityGroupsToLoadBalancer",
                    "elasticloadbalancing:AttachLoadBalancerToSubnets",
                    "elasticloadbalancing:ConfigureHealthCheck",
                    "elasticloadbalancing:CreateLoadBalancerListeners",
                    "elasticloadbalancing:CreateLoadBalancerPolicy",
                    "elasticloadbalancing:DeleteListener",
                    "elasticloadbalancing:DeleteLoadBalancer",
                    "elasticloadbalancing:DeleteLoadBalancerListeners",
                    "elasticloadbalancing:DeleteTargetGroup",
                    "elasticloadbalancing:DeregisterInstancesFromLoadBalancer",
                    "elasticloadbalancing:DeregisterTargets",
                    "elasticloadbalancing:DetachLoadBalancerFromSubnets",
                    "elasticloadbalancing:ModifyListener",
                    "elasticloadbalancing:ModifyLoadBalancerAttributes",
                    "elasticloadbalancing:ModifyTargetGroup",
                    "elasticloadbalancing:RegisterInstancesWithLoadBalancer",
                    "elasticloadbalancing:RegisterTargets",
                    "elasticloadbalancing:SetLoadBalancerPoliciesForBackendServer",
                    "elasticloadbalancing:SetLoadBalancerPoliciesOfListener",
                ],
                Resource = ["*"],
                Condition = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Expr<string>>>>
                {
                    ["Null"] = new Dictionary<string, IReadOnlyList<Expr<string>>> { [clusterTag] = ["false"] },
                },
            },

            // The first load balancer of an account needs ELB's service-linked role; no other service's.
            new PolicyStatement
            {
                Sid = "CloudControllerLoadBalancerServiceRole",
                Action = ["iam:CreateServiceLinkedRole"],
                Resource = ["*"],
                Condition = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Expr<string>>>>
                {
                    ["StringEquals"] = new Dictionary<string, IReadOnlyList<Expr<string>>> { ["iam:AWSServiceName"] = ["elasticloadbalancing.amazonaws.com"] },
                },
            },
        ];
    }

    /// <summary>
    /// The EBS CSI controller, which runs on control-plane nodes only (the node plugin on workers needs
    /// no AWS API call, just instance metadata): upstream's example policy, narrowed to this cluster.
    /// The driver, run with the cluster's name as its tag cluster id, tags every volume and snapshot it
    /// creates with <c>ebs.csi.aws.com/cluster=true</c> and <c>ebs.csi.aws.com/cluster-name=&lt;cluster&gt;</c>
    /// in the creating call; creation requires both tags and every later change requires the volume or
    /// snapshot to carry them, so one cluster can never touch another's volumes (upstream only requires
    /// the first tag, which every cluster in the account sets). Left out: volume cloning
    /// (ec2:CopyVolumes), fast snapshot restore and snapshot locks, features we do not enable.
    /// Statically provisioned volumes must carry both tags before the driver can attach them.
    /// </summary>
    public static IReadOnlyList<PolicyStatement> EbsCsiController(AwsAccount account, string clusterName)
    {
        ArgumentNullException.ThrowIfNull(account);
        var volumes = account.Arn("ec2", "volume/*");
        var snapshots = account.Arn("ec2", "snapshot/*");
        return
        [
            // Describe calls have no resource-level permissions.
            new PolicyStatement
            {
                Sid = "EbsCsiDescribe",
                Action =
                [
                    "ec2:DescribeAvailabilityZones",
                    "ec2:DescribeInstanceTypes",
                    "ec2:DescribeInstances",
                    "ec2:DescribeSnapshots",
                    "ec2:DescribeTags",
                    "ec2:DescribeVolumeStatus",
                    "ec2:DescribeVolumes",
                    "ec2:DescribeVolumesModifications",
                ],
                Resource = ["*"],
            },

            // New volumes and snapshots only with this cluster's driver tags.
            new PolicyStatement
            {
                Sid = "EbsCsiCreateClusterVolumes",
                Action = ["ec2:CreateVolume"],
                Resource = [volumes],
                Condition = EbsCsiClusterTags("aws:RequestTag", clusterName),
            },
            new PolicyStatement
            {
                Sid = "EbsCsiCreateClusterSnapshots",
                Action = ["ec2:CreateSnapshot"],
                Resource = [snapshots],
                Condition = EbsCsiClusterTags("aws:RequestTag", clusterName),
            },

            // Restoring a volume from a snapshot names the snapshot as a resource; as upstream, any
            // snapshot may be the source (the new volume still needs the cluster's tags).
            new PolicyStatement
            {
                Sid = "EbsCsiCreateVolumesFromSnapshots",
                Action = ["ec2:CreateVolume"],
                Resource = [snapshots],
            },

            // Tagging in those creating calls needs ec2:CreateTags, for those calls only.
            new PolicyStatement
            {
                Sid = "EbsCsiTagOnCreate",
                Action = ["ec2:CreateTags"],
                Resource = [volumes, snapshots],
                Condition = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Expr<string>>>>
                {
                    ["StringEquals"] = new Dictionary<string, IReadOnlyList<Expr<string>>> { ["ec2:CreateAction"] = ["CreateVolume", "CreateSnapshot"] },
                },
            },

            // Everything after creation, on this cluster's volumes only: attach, detach, resize and
            // modify (with their tags), snapshot, delete.
            new PolicyStatement
            {
                Sid = "EbsCsiManageClusterVolumes",
                Action = ["ec2:AttachVolume", "ec2:CreateSnapshot", "ec2:CreateTags", "ec2:DeleteTags", "ec2:DeleteVolume", "ec2:DetachVolume", "ec2:ModifyVolume"],
                Resource = [volumes],
                Condition = EbsCsiClusterTags("ec2:ResourceTag", clusterName),
            },
            new PolicyStatement
            {
                Sid = "EbsCsiManageClusterSnapshots",
                Action = ["ec2:CreateTags", "ec2:DeleteSnapshot", "ec2:DeleteTags"],
                Resource = [snapshots],
                Condition = EbsCsiClusterTags("ec2:ResourceTag", clusterName),
            },

            // The instance side of attach and detach: only this cluster's nodes, which carry
            // kubernetes.io/cluster/<cluster> from launch.
            new PolicyStatement
            {
                Sid = "EbsCsiAttachToClusterNodes",
                Action = ["ec2:AttachVolume", "ec2:DetachVolume"],
                Resource = [account.Arn("ec2", "instance/*")],
                Condition = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Expr<string>>>>
                {
                    ["Null"] = new Dictionary<string, IReadOnlyList<Expr<string>>> { [$"ec2:ResourceTag/kubernetes.io/cluster/{clusterName}"] = ["false"] },
                },
            },
        ];
    }

    /// <summary>
    /// The Cluster Autoscaler, which runs on control-plane nodes only: upstream's policy for auto-discovery (cluster-autoscaler
    /// 1.36.1, cloudprovider/aws/README.md, "Full Cluster Autoscaler Features Policy"), narrowed. Resizing a group and
    /// terminating an instance in it require the group to carry <c>k8s.io/cluster-autoscaler/&lt;cluster&gt;=owned</c>, the tag
    /// the node pools set and the autoscaler discovers them by, so it can touch no other cluster's groups and none of ours that
    /// is not a pool (the control-plane groups do not carry it). Left out, because no code path of 1.36.1 calls them for our
    /// groups: autoscaling:DescribeAutoScalingInstances (no caller left), DescribeLaunchConfigurations (our groups use launch
    /// templates), ec2:DescribeImages and ec2:GetInstanceTypesFromInstanceRequirements (only for attribute-based instance
    /// selection, which no pool uses) and eks:DescribeNodegroup (not EKS).
    /// </summary>
    public static IReadOnlyList<PolicyStatement> ClusterAutoscaler(AwsAccount account, string clusterName)
    {
        ArgumentNullException.ThrowIfNull(account);
        return
        [
            // Describe calls have no resource-level permissions: the groups and their activities each loop, the launch template of
            // a group to learn its instance type, the instance type list once at start (dynamic, not the static list).
            new PolicyStatement
            {
                Sid = "ClusterAutoscalerDescribe",
                Action =
                [
                    "autoscaling:DescribeAutoScalingGroups",
                    "autoscaling:DescribeScalingActivities",
                    "ec2:DescribeInstanceTypes",
                    "ec2:DescribeLaunchTemplateVersions",
                ],
                Resource = ["*"],
            },

            // The only two changes it makes, on groups of this account and region that carry the cluster's tag.
            new PolicyStatement
            {
                Sid = "ClusterAutoscalerScaleClusterGroups",
                Action = ["autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup"],
                Resource = [account.Arn("autoscaling", "autoScalingGroup:*:autoScalingGroupName/*")],
                Condition = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Expr<string>>>>
                {
                    ["StringEquals"] = new Dictionary<string, IReadOnlyList<Expr<string>>>
                    {
                        [$"aws:ResourceTag/{AutoDiscoveryTags.ClusterKey(clusterName)}"] = [AutoDiscoveryTags.Owned],
                    },
                },
            },
        ];
    }

    /// <summary>The two tags the EBS CSI driver sets on what it creates, as request or resource tag conditions (<paramref name="prefix"/>).</summary>
    private static Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Expr<string>>>> EbsCsiClusterTags(string prefix, string clusterName) => new()
    {
        ["StringEquals"] = new Dictionary<string, IReadOnlyList<Expr<string>>>
        {
            [$"{prefix}/{EbsCsiClusterTag}"] = ["true"],
            [$"{prefix}/{EbsCsiClusterNameTag}"] = [clusterName],
        },
    };

    /// <summary>The trust policy: only EC2 may assume a node role, on behalf of the instance holding the profile.</summary>
    public static PolicyDocument Ec2TrustPolicy { get; } = new()
    {
        Statement =
        [
            new PolicyStatement
            {
                Sid = "Ec2AssumesNodeRole",
                Principal = new PolicyPrincipal { Service = ["ec2.amazonaws.com"] },
                Action = ["sts:AssumeRole"],
            },
        ],
    };
}
