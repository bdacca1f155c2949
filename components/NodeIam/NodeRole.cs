using Infra.Aws.Iam;
using Infra.Model;

namespace Infra.NodeIam;

/// <summary>
/// An IAM role EC2 instances assume, with its inline permissions, its managed policy attachments
/// and the instance profile a launch template names. Role and profile share one name, derived from
/// the path (<see cref="IamRoleName"/>).
/// </summary>
public sealed class NodeRole : Component
{
    public NodeRole(Scope parent, string id, NodeRoleArgs args)
        : base(parent, id)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Permissions.Statement.Count == 0)
        {
            throw new ArgumentException(
                $"node role '{Path}' has no permission statements: give it at least the statements of NodePermissions.Node", nameof(args));
        }

        AwsName = IamRoleName.For(args.ClusterName, Path.LogicalName);
        Permissions = args.Permissions;
        Role = new Role(Scope, "role", new RoleArgs
        {
            Name = AwsName,
            Description = args.Description,
            AssumeRolePolicy = NodePermissions.Ec2TrustPolicy.ToJson(),
            ForceDetachPolicies = true,
            Tags = args.Tags,
        });
        Policy = new RolePolicy(Scope, "policy", new RolePolicyArgs
        {
            Role = Role.RoleName,
            Name = AwsName,
            Policy = args.Permissions.ToJson(),
        });
        ManagedPolicyAttachments = args.ManagedPolicyArns
            .Select((arn, index) => new RolePolicyAttachment(Scope, $"managed-{index + 1}", new RolePolicyAttachmentArgs
            {
                Role = Role.RoleName,
                PolicyArn = arn,
            }))
            .ToArray();
        InstanceProfile = new InstanceProfile(Scope, "profile", new InstanceProfileArgs
        {
            Name = AwsName,
            Role = Role.RoleName,
            Tags = args.Tags,
        });
    }

    /// <summary>The AWS name of the role and of its instance profile.</summary>
    public string AwsName { get; }

    public PolicyDocument Permissions { get; }

    public Role Role { get; }

    public RolePolicy Policy { get; }

    public IReadOnlyList<RolePolicyAttachment> ManagedPolicyAttachments { get; }

    public InstanceProfile InstanceProfile { get; }

    /// <summary>What a launch template's <c>iamInstanceProfile.name</c> takes.</summary>
    public Output<string> InstanceProfileName => InstanceProfile.ProfileName;
}
