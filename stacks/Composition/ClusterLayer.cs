using ClusterNetwork = Infra.Network.Network;
using Infra.Aws;
using Infra.Aws.Ec2;
using Infra.Aws.Ssm;
using Infra.ClusterJoin;
using Infra.ControlPlane.Endpoint;
using Infra.Model;
using Infra.Network;
using Infra.NodeIam;
using Infra.NodePools;
using Infra.Software;
using Infra.Stacks.Config;
using Infra.Tls;

namespace Infra.Stacks.Composition;

/// <summary>
/// The <c>&lt;env&gt;</c> stack: what lives in AWS. The AWS provider (region, the environment's
/// deploy role, the required tags as default tags), the network, node IAM, the control plane with its etcd
/// clusters (<see cref="ClusterControlPlane"/>) and the node pools; it exports the admin kubeconfig as a secret.
/// </summary>
public static class ClusterLayer
{
    public static InfraProgram Build(StackConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var program = new InfraProgram(StackNames.Project, $"{config.StackName}: AWS resources of cluster {config.ClusterName}");
        var tags = RequiredTags.Of(config.ClusterName, config.Environment.ToString().ToLowerInvariant(), config.Owner, config.CostCenter);
        var aws = new AwsProvider(program.Root, "aws", new AwsProviderArgs
        {
            Region = config.Region,
            AssumeRoles = config.AssumeRoleArn is { } role
                ? [new AwsAssumeRole { RoleArn = role, SessionName = $"infra-{config.StackName}" }]
                : null,
            DefaultTags = new AwsDefaultTags { Tags = tags.ToDictionary(t => t.Key, t => (Expr<string>)t.Value) },
        });
        var tls = new TlsProvider(program.Root, "tls");
        var scope = program.Root.WithProvider(AwsProvider.ServedPackage, aws).WithProvider(TlsProvider.ServedPackage, tls);
        var exprTags = tags.ToDictionary(t => t.Key, t => (Expr<string>)t.Value, StringComparer.Ordinal);

        var network = new ClusterNetwork(scope, "network", NetworkFor(config, tags));
        var roles = new NodeRoles(scope, "node-iam", new NodeRolesArgs { ClusterName = config.ClusterName, Tags = exprTags });
        // Workers follow Canonical's newest image (stateless, rolled by instance refresh); etcd and the control plane run the pinned one.
        var imageId = GetParameter.Value(NodeImage.Ubuntu2404Parameter, aws);
        // Graviton pools boot the arm64 build of the same image; looked up only when a pool needs it.
        var arm64ImageId = config.NodePools.Any(pool => Ec2InstanceTypes.Find(pool.InstanceTypes[0])?.Architecture == CpuArchitecture.Arm64)
            ? GetParameter.Value(NodeImage.Ubuntu2404ParameterFor(CpuArchitecture.Arm64), aws)
            : (Expr<string>?)null;
        var statefulImageId = config.Images.TryGetValue(CpuArchitecture.Amd64.Name, out var pinned) ? pinned.Ami : imageId;
        var controlPlane = ClusterControlPlane.Compose(scope, config, network, roles, statefulImageId, exprTags);
        var cluster = new NodePoolCluster
        {
            Name = config.ClusterName,
            ExpectedNodes = config.ExpectedNodes,
            PrivateSubnetIds = network.PrivateSubnetIds,
            NodeSecurityGroupId = network.NodesSecurityGroupId,
            InstanceProfileName = roles.Worker.InstanceProfileName,
            ImageId = imageId,
            Arm64ImageId = arm64ImageId,
            Tags = exprTags,
            // The control plane publishes the token and CA pin under the worker role's own path, which workers read.
            Join = new WorkerJoin
            {
                ApiEndpoint = ClusterDomain.ApiEndpoint(config.ClusterName),
                Region = config.Region,
                Parameters = controlPlane.Join,
            },
            ControlPlane = controlPlane.Nodes.Groups,
        };
        _ = cluster.Join.AllowRead(controlPlane.Pki, roles.Worker.Role.RoleName);
        _ = controlPlane.Pki.NameKeyUsers([roles.ControlPlane.Role.Arn]);
        var poolArgs = config.NodePools.Select(pool => PoolArgs(cluster, pool)).ToList();
        VersionSkewGate.Check(controlPlane.Nodes.Software, poolArgs.ToDictionary(p => p.Name, p => p.Software, StringComparer.Ordinal));
        var pools = scope.Child("node-pools");
        foreach (var args in poolArgs)
        {
            _ = new NodePool(pools, args);
        }

        program.Export("vpcId", network.VpcId);
        program.Export("privateSubnetIds", network.PrivateSubnetIds.Select(id => id.Node).ToArray());
        program.Export("nodeRoleArn", roles.Worker.Role.Arn);
        program.Export(StackNames.KubeconfigOutput, controlPlane.Nodes.Kubeconfig);
        program.Export("apiEndpoint", $"https://{ClusterDomain.ApiEndpoint(config.ClusterName)}");
        return program;
    }

    private static NetworkArgs NetworkFor(StackConfig config, IReadOnlyDictionary<string, string> tags)
    {
        var args = config.ExistingVpc is { } existing
            ? NetworkArgs.Adopt(config.ClusterName, new ExistingVpc
            {
                VpcId = existing.VpcId,
                VpcCidr = config.VpcCidr.ToString(),
                Zones = config.AvailabilityZones
                    .Select((zone, i) => new ExistingZone(zone, existing.PublicSubnetIds.ElementAtOrDefault(i), existing.PrivateSubnetIds[i], existing.PrivateSubnetCidrs[i].ToString()))
                    .ToList(),
                ExistingEndpoints = existing.ExistingEndpoints,
            }, tags)
            : NetworkArgs.Create(config.ClusterName, config.VpcCidr.ToString(), config.AvailabilityZones, tags);
        return args with
        {
            NatMode = config.NatMode,
            PublicIngressCidrs = config.ApiAllowedCidrs.Select(c => c.ToString()).ToList(),
        };
    }

    /// <summary>The defaults of the pool's kind (its stated <c>kind</c>, never its name), then the stack's sizes, instance types and Spot share.</summary>
    private static NodePoolArgs PoolArgs(NodePoolCluster cluster, NodePoolConfig pool) => NodePoolArgs.For(pool.Kind, cluster, pool.Name) with
    {
        MinSize = pool.Min,
        DesiredCapacity = pool.Desired,
        MaxSize = pool.Max,
        InstanceTypes = pool.InstanceTypes,
        SpotPercentage = pool.SpotPercentage,
        OnDemandBaseCapacity = pool.OnDemandBase,
    };
}
