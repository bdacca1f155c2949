using Infra.Aws.Iam;
using Infra.Model;

namespace Infra.NodeIam;

/// <summary>Args of <see cref="NodeRole"/>.</summary>
public sealed record NodeRoleArgs
{
    /// <summary>Prefixes the role name so roles of two clusters in one account never collide.</summary>
    public required string ClusterName { get; init; }

    public required string Description { get; init; }

    /// <summary>The role's own permissions, attached as one inline policy (it lives and dies with the role).</summary>
    public required PolicyDocument Permissions { get; init; }

    /// <summary>ARNs of AWS managed policies to attach, each documented where chosen.</summary>
    public IReadOnlyList<Expr<string>> ManagedPolicyArns { get; init; } = [];

    public required IReadOnlyDictionary<string, Expr<string>> Tags { get; init; }
}
