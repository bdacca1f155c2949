using Infra.Kubernetes.Apps;
using Infra.Kubernetes.Core;
using Infra.Model;
using Infra.NodePools;
using Infra.Platform;
using Infra.Policies.Engine;
using Infra.Tests.Policies.Support;

namespace Infra.Tests.Policies.Rules;

/// <summary>Pools with round per-node figures and workloads in front of them, for the capacity rule specifications.</summary>
internal static class CapacityFixture
{
    public const decimal GiB = 1024m * 1024 * 1024;

    /// <summary>A pool whose nodes offer 10 cores, 40 GiB, 100 pods and <paramref name="gpus"/> GPUs (tainted when it has GPUs).</summary>
    public static PoolCapacity Pool(string name, int maxNodes, int gpus = 0) =>
        new(name, maxNodes, gpus > 0 ? "g4dn.xlarge" : "m7i.4xlarge", new NodeAllocatable(10, 40 * GiB, 100, gpus, "10 cores, 40 GiB, 100 pods"), Tainted: gpus > 0);

    public static StackFacts ProdWith(params PoolCapacity[] pools) => PolicyFixture.Prod with { Pools = pools, ControlPlaneNodes = 3 };

    /// <summary>Workload args asking 1 core and 1 GiB per pod, 3..<paramref name="maxReplicas"/> replicas.</summary>
    public static WorkloadArgs Workload(int maxReplicas) => new()
    {
        Namespace = "apps",
        Image = "registry.example.com/web:1.0.0",
        CpuRequest = "1",
        MemoryRequest = "1Gi",
        MaxReplicas = maxReplicas,
    };

    /// <summary>A Deployment at <c>apps/web</c> of <paramref name="replicas"/> pods asking one GPU each, pinned to <paramref name="pool"/> when given.</summary>
    public static Deployment GpuDeployment(InfraProgram program, string? pool, int replicas)
    {
        var gpu = new Dictionary<string, Expr<string>> { ["cpu"] = "1", ["memory"] = "1Gi", ["nvidia.com/gpu"] = "1" };
        return RuleFixture.Deployment(
            program,
            replicas,
            new ResourceRequirements { Requests = gpu, Limits = gpu },
            pool is null ? null : new Dictionary<string, Expr<string>> { [NodePoolArgs.PoolLabel] = pool });
    }
}
