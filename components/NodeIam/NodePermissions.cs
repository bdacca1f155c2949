using Infra.Aws;
using Infra.Aws.Iam;
using Infra.Model;

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
    /// The AWS cloud controller manager, which runs on control-plane nodes: the upstream
    /// cloud-provider-aws control-plane policy, narrowed. Left out: volume actions and kms:DescribeKey
    /// (in-tree EBS volumes are gone since Kubernetes 1.27; the EBS CSI driver gets its own role) and
    /// route actions with ec2:ModifyInstanceAttribute (cloud routes stay off: Calico routes pod traffic).
    /// </summary>
    public static IReadOnlyList<PolicyStatement> CloudController(AwsAccount account, string clusterName)
    {
        ArgumentNullException.ThrowIfNull(account);
        var clusterTag = $"aws:ResourceTag/kubernetes.io/cluster/{clusterName}";
        return
        [
            // Read-only discovery of instances, subnets, security groups and load balancers.
            // Describe calls have no resource-level permissions.
            new PolicyStatement
            {
                Sid = "CloudControllerDescribe",
                Action =
                [
                    "autoscaling:DescribeAutoScalingGroups",
                    "autoscaling:DescribeLaunchConfigurations",
                    "autoscaling:DescribeTags",
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

            // Service load balancers get their own security groups, created in the cluster's VPC.
            new PolicyStatement
            {
                Sid = "CloudControllerCreateSecurityGroups",
                Action = ["ec2:CreateSecurityGroup"],
                Resource = [account.Arn("ec2", "security-group/*"), account.Arn("ec2", "vpc/*")],
            },

            // Those groups are tagged after creation (with the cluster tag), and the optional tagging
            // controller tags instances: security groups and instances only, never VPCs or subnets.
            new PolicyStatement
            {
                Sid = "CloudControllerTagSecurityGroupsAndInstances",
                Action = ["ec2:CreateTags"],
                Resource = [account.Arn("ec2", "security-group/*"), account.Arn("ec2", "instance/*")],
            },

            // Changing or deleting a security group needs it to carry kubernetes.io/cluster/<cluster>
            // (any value: "owned" on the controller's own groups, "owned"/"shared" on the node group).
            new PolicyStatement
            {
                Sid = "CloudControllerClusterSecurityGroups",
                Action = ["ec2:AuthorizeSecurityGroupIngress", "ec2:DeleteSecurityGroup", "ec2:RevokeSecurityGroupIngress"],
                Resource = [account.Arn("ec2", "security-group/*")],
                Condition = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Expr<string>>>>
                {
                    ["Null"] = new Dictionary<string, IReadOnlyList<Expr<string>>> { [clusterTag] = ["false"] },
                },
            },

            // Service load balancers, as upstream lists them. Unscoped like upstream: their names derive
            // from Service UIDs, and creation calls carry no tag to condition on.
            new PolicyStatement
            {
                Sid = "CloudControllerLoadBalancers",
                Action =
                [
                    "elasticloadbalancing:AddTags",
                    "elasticloadbalancing:ApplySecurityGroupsToLoadBalancer",
                    "elasticloadbalancing:AttachLoadBalancerToSubnets",
                    "elasticloadbalancing:ConfigureHealthCheck",
                    "elasticloadbalancing:CreateListener",
                    "elasticloadbalancing:CreateLoadBalancer",
                    "elasticloadbalancing:CreateLoadBalancerListeners",
                    "elasticloadbalancing:CreateLoadBalancerPolicy",
                    "elasticloadbalancing:CreateTargetGroup",
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
