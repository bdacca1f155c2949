using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// A Deployment whose pods request GPUs (<c>nvidia.com/gpu</c>) pins them by its <c>node-pool</c> node selector to a
/// pool whose nodes have GPUs (<see cref="StackFacts.Pools"/>); on a stack without pool facts, to any pool (the GPU
/// pools are then checked where the pools are known).
/// </summary>
public sealed class GpuRequestsOnGpuPools : PolicyRule
{
    public override string Id => "CAP-003";

    public override string Title => "Pods that request GPUs are pinned to a GPU pool";

    public override string Rationale =>
        "A GPU pod left to the scheduler stays Pending while the Cluster Autoscaler may grow the wrong pool for it; pinned to a GPU pool, it tolerates that pool's taint and scales it.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        var gpuPools = context.Facts.Pools.Where(pool => pool.HasGpus).Select(pool => pool.Name).ToList();
        foreach (var deployment in new DeploymentReadings(context).Deployments.Where(d => DeploymentReadings.PodRequest(d, DeploymentReadings.GpuResource) > 0))
        {
            var pool = DeploymentReadings.Pool(deployment);
            var onGpuPool = context.Facts.Pools.Count == 0 ? pool is not null : gpuPools.Contains(pool!);
            if (!onGpuPool)
            {
                var choice = gpuPools.Count > 0 ? $"one of {string.Join(", ", gpuPools)}" : $"a GPU pool (add one to {context.Facts.PoolsKey})";
                yield return RuleViolation.Of(
                    deployment,
                    "spec.template.spec.nodeSelector",
                    $"its pods request {DeploymentReadings.GpuResource} but {(pool is null ? "name no pool" : $"are pinned to pool '{pool}', which has no GPUs")}: set NodeSelector node-pool to {choice} and tolerate its taint");
            }
        }
    }
}
