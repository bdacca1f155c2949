using Infra.Aws.AutoScaling;
using Infra.NodePools;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// Every instance type of a node pool is of a family its kind allows (<see cref="NodePoolAnnotation.AllowedFamilies"/>,
/// from the pool's explicit <see cref="NodePoolKind"/>, never its name: a pool named <c>batch</c> of kind compute may run c6i).
/// </summary>
public sealed class AllowedInstanceFamilies : PolicyRule
{
    public override string Id => "AWS-008";

    public override string Title => "Node pools use only their allowed instance families";

    public override string Rationale =>
        "A pool's families fix its memory per vCPU and its sustained CPU: a burstable or differently shaped type breaks the Cluster Autoscaler's "
        + "planning and the pool's pod density, or runs out of CPU credits under load.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context) =>
        from grp in context.ResourcesOf<Group>()
        from pool in grp.Annotations.OfType<NodePoolAnnotation>()
        from instanceType in pool.InstanceTypes
        let name = InstanceTypeName.Parse(instanceType)
        where name is null || !pool.AllowedFamilies.Contains(name.Family, StringComparer.Ordinal)
        select RuleViolation.Of(
            grp,
            grp.Args.MixedInstancesPolicy is null ? "launchTemplate" : "mixedInstancesPolicy.launchTemplate.overrides",
            $"pool '{pool.Pool}' of kind {Kind(pool.Kind)} uses '{instanceType}', outside the kind's families {string.Join(", ", pool.AllowedFamilies)}: {Fix(pool, name)}");

    private static string Kind(NodePoolKind kind) => kind.ToString().ToLowerInvariant();

    private static string Fix(NodePoolAnnotation pool, InstanceTypeName? name) => pool.AllowedFamilies.Count == 0
        ? "give the pool its AllowedFamilies"
        : $"choose a type of those families (e.g. '{pool.AllowedFamilies[0]}.{name?.Size ?? "xlarge"}') in the stack's infra:nodePools, or set the pool's kind to the one its types are for";
}
