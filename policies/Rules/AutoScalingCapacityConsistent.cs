using Infra.Aws.AutoScaling;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>Auto Scaling groups satisfy 0 &lt;= minSize &lt;= desiredCapacity &lt;= maxSize and maxSize &gt;= 1.</summary>
public sealed class AutoScalingCapacityConsistent : PolicyRule
{
    public override string Id => "AWS-009";

    public override string Title => "Auto Scaling group sizes are consistent";

    public override string Rationale =>
        "AWS rejects a desired capacity outside min..max at deploy time, after other resources have changed; a maximum of 0 leaves a pool that can never run a node.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        foreach (var grp in context.ResourcesOf<Group>())
        {
            var args = grp.Args;
            var desired = args.DesiredCapacity ?? args.MinSize;
            var sizes = $"min {args.MinSize}, desired {(args.DesiredCapacity is null ? "unset" : desired)}, max {args.MaxSize}";
            if (args.MaxSize < 1)
            {
                yield return RuleViolation.Of(grp, "maxSize", $"{sizes}: the group can never run an instance: set MaxSize to at least 1");
            }
            else if (args.MinSize < 0 || args.MinSize > desired || desired > args.MaxSize)
            {
                yield return RuleViolation.Of(
                    grp,
                    args.MinSize > args.MaxSize || args.MinSize < 0 ? "minSize" : "desiredCapacity",
                    $"{sizes} break 0 <= min <= desired <= max: set the sizes so that each is within the next");
            }
        }
    }
}
