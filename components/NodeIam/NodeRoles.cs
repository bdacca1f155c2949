using Infra.Aws;
using Infra.Aws.Ssm;
using Infra.Aws.Iam;
using Infra.Model;

namespace Infra.NodeIam;

/// <summary>
/// The IAM identities of a self-managed kubeadm cluster's EC2 nodes: a worker role and a
/// control-plane role, each with its instance profile. Both get Session Manager access (the only
/// way in), image pulls from our ECR and read access to their own bootstrap parameters; the
/// control plane also gets what the AWS cloud controller manager, the EBS CSI controller and the Cluster Autoscaler
/// need (all three run only there, so workers hold no load balancer, volume or scaling permissions).
/// </summary>
public sealed class NodeRoles : Component
{
    public NodeRoles(Scope parent, string id, NodeRolesArgs args)
        : base(parent, id)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!ClusterNameRule.IsValid(args.ClusterName))
        {
            throw new ArgumentException(
                $"cluster name '{args.ClusterName}' is not valid in IAM names and SSM paths: {ClusterNameRule.Requirement}", nameof(args));
        }

        if (!ParameterPathRule.IsValid(args.ParameterPathPrefix))
        {
            throw new ArgumentException(
                $"parameter path prefix '{args.ParameterPathPrefix}' is not an SSM path: {ParameterPathRule.Requirement}",
                nameof(args));
        }

        var account = AwsAccount.Of(Scope);
        var sessionManager = account.ManagedPolicyArn(NodePermissions.SessionManagerPolicyName);
        WorkerParameterPath = $"{args.ParameterPathPrefix}/{args.ClusterName}/node";
        ControlPlaneParameterPath = $"{args.ParameterPathPrefix}/{args.ClusterName}/control-plane";

        Worker = new NodeRole(Scope, "worker", new NodeRoleArgs
        {
            ClusterName = args.ClusterName,
            Description = $"Worker nodes of cluster {args.ClusterName}",
            Permissions = new PolicyDocument
            {
                Statement = [.. NodePermissions.Node(account, WorkerParameterPath, args.ImageRepositoryArns), NodePermissions.ReportFailedBoot(args.ClusterName)],
            },
            ManagedPolicyArns = [sessionManager],
            Tags = args.Tags,
        });
        ControlPlane = new NodeRole(Scope, "control-plane", new NodeRoleArgs
        {
            ClusterName = args.ClusterName,
            Description = $"Control-plane nodes of cluster {args.ClusterName}",
            Permissions = new PolicyDocument
            {
                Statement =
                [
                    .. NodePermissions.Node(account, ControlPlaneParameterPath, args.ImageRepositoryArns),
                    .. NodePermissions.CloudController(account, args.ClusterName),
                    .. NodePermissions.EbsCsiController(account, args.ClusterName),
                    .. NodePermissions.ClusterAutoscaler(account, args.ClusterName),
                ],
            },
            ManagedPolicyArns = [sessionManager],
            Tags = args.Tags,
        });
    }

    public NodeRole Worker { get; }

    public NodeRole ControlPlane { get; }

    /// <summary>Where worker bootstrap values live in SSM Parameter Store (the join token and CA pin: <c>ClusterJoin.JoinParameters</c>).</summary>
    public string WorkerParameterPath { get; }

    /// <summary>Where control-plane bootstrap values live in SSM Parameter Store.</summary>
    public string ControlPlaneParameterPath { get; }
}
