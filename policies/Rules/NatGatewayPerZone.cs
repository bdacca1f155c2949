using Infra.Aws.Ec2;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// A program that creates private subnets creates at least one NAT gateway per zone holding them.
/// Programs that adopt a VPC create no subnets, and their egress is the VPC owner's.
/// </summary>
public sealed class NatGatewayPerZone : PolicyRule
{
    public override string Id => "AWS-006";

    public override string Title => "Each zone with private subnets has its own NAT gateway";

    public override string Rationale =>
        "A NAT gateway lives in one zone: nodes in other zones routed through it lose image pulls and AWS APIs when that zone fails, and pay cross-zone traffic meanwhile.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        var zones = PrivateSubnets.Zones(PrivateSubnets.Of(context));
        var gateways = context.ResourcesOf<NatGateway>().Count();
        if (zones.Count > 0 && gateways < zones.Count)
        {
            yield return RuleViolation.OfStack(
                $"{gateways} NAT gateway(s) serve private subnets in {zones.Count} zones ({string.Join(", ", zones)}): set infra:natMode to perZone");
        }
    }
}
