using Infra.ClusterJoin;
using Infra.Model;
using Infra.NodePools;

namespace Infra.Tests.NodePools;

/// <summary>A cluster every node pool test builds on: three private subnets, the required tags.</summary>
internal static class NodePoolFixture
{
    public static readonly IReadOnlyDictionary<string, Expr<string>> RequiredTags = new Dictionary<string, Expr<string>>
    {
        ["cluster"] = "prod",
        ["environment"] = "production",
        ["owner"] = "platform",
        ["cost-center"] = "cc-42",
    };

    public static NodePoolCluster Cluster(int expectedNodes = 1_000) => new()
    {
        Name = "prod",
        ExpectedNodes = expectedNodes,
        PrivateSubnetIds = ["subnet-a", "subnet-b", "subnet-c"],
        NodeSecurityGroupId = "sg-nodes",
        InstanceProfileName = "prod-node-iam-worker",
        ImageId = Fn.Invoke<string>("aws:ssm/getParameter:getParameter", new Dictionary<string, object> { ["name"] = "/images/node" }, "value"),
        Arm64ImageId = Fn.Invoke<string>("aws:ssm/getParameter:getParameter", new Dictionary<string, object> { ["name"] = "/images/node-arm64" }, "value"),
        Tags = RequiredTags,
        Join = Join,
    };

    /// <summary>Joins at the cluster's own API name and reads the token under the worker path NodeRoles gives cluster "prod".</summary>
    public static WorkerJoin Join { get; } = new()
    {
        ApiEndpoint = "api.prod.k8s.internal:6443",
        Region = "eu-west-1",
        Parameters = JoinParameters.Under("/infra/prod/node"),
    };

    public static (InfraProgram Program, NodePool Pool) Build(NodePoolArgs args)
    {
        var program = new InfraProgram("infra", "node pool test");
        return (program, new NodePool(program.Root, args));
    }

    public static NodePool General() => Build(NodePoolArgs.General(Cluster())).Pool;
}
