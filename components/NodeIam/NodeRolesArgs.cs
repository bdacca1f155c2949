using Infra.Model;

namespace Infra.NodeIam;

/// <summary>Args of <see cref="NodeRoles"/>: which cluster the roles serve and how they are tagged.</summary>
public sealed record NodeRolesArgs
{
    /// <summary>The cluster's name: prefixes role names and the SSM parameter paths nodes may read.</summary>
    public required string ClusterName { get; init; }

    /// <summary>The required tags (cluster, environment, owner, cost-center), set on roles and instance profiles.</summary>
    public required IReadOnlyDictionary<string, Expr<string>> Tags { get; init; }

    /// <summary>
    /// ECR repositories nodes may pull from. Unset: every repository of this account and region
    /// (<c>repository/*</c>), the registry our images are mirrored to; add other accounts' ARNs
    /// only together with a repository policy on their side.
    /// </summary>
    public IReadOnlyList<Expr<string>>? ImageRepositoryArns { get; init; }

    /// <summary>
    /// The SSM parameter path under which bootstrap values live, per role:
    /// <c>{prefix}/{ClusterName}/node</c> and <c>{prefix}/{ClusterName}/control-plane</c>.
    /// "/infra" keeps our parameters apart from anything else in the account.
    /// </summary>
    public string ParameterPathPrefix { get; init; } = "/infra";
}
