using Infra.Aws.Ec2;
using Infra.NodePools;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// Every stateful machine (<see cref="StatefulMachineAnnotation"/>: etcd members, control-plane nodes) boots an image
/// written into the program as an AMI id, not one looked up at deploy time from a parameter that moves with each
/// Ubuntu release. The pin is <c>infra:images</c>; rolling it is one machine per update (<c>infra:rollout</c>).
/// </summary>
public sealed class StatefulImagesPinned : PolicyRule
{
    public override string Id => "CP-009";

    public override string Title => "etcd members and control-plane nodes run a pinned image";

    public override string Rationale =>
        "An image looked up at deploy time changes when Canonical publishes one, not when an operator decides: which image a replaced member "
        + "boots is then unknown in advance, and the kernel networking depends on changes unannounced.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context) =>
        (from instance in context.ResourcesOf<Instance>()
         from machine in instance.Annotations.OfType<StatefulMachineAnnotation>()
         where instance.Args.Ami.KnownValue is null
         select RuleViolation.Of(instance, "ami", Message(machine)))
        .Concat(
            from template in context.ResourcesOf<LaunchTemplate>()
            from machine in template.Annotations.OfType<StatefulMachineAnnotation>()
            where template.Args.ImageId?.KnownValue is null
            select RuleViolation.Of(template, "imageId", Message(machine)));

    private static string Message(StatefulMachineAnnotation machine) =>
        $"'{machine.Machine}' boots an image looked up at deploy time: set infra:images (amd64: ami, kernel, name) in the stack file, "
        + "then roll it one machine per update with infra:rollout";
}
