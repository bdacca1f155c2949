using Infra.Aws.Ec2;
using Infra.ControlPlane.Nodes;
using Infra.NodePools;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// Launch templates require IMDSv2 session tokens and keep the token's hop limit at
/// <see cref="ControlPlaneNodes.MetadataHopLimit"/> (2, the most any node needs) or below; workers keep
/// <see cref="NodePool.MetadataHopLimit"/> (1), which their own tests hold.
/// </summary>
public sealed class ImdsV2Required : PolicyRule
{
    public override string Id => "AWS-001";

    public override string Title => "Launch templates require IMDSv2 with a hop limit of at most 2";

    public override string Rationale =>
        "IMDSv1 answers any request, so a server-side request forgery in a pod or on the node hands out the node role's credentials; "
        + "a hop limit above 2 lets the token travel beyond the pods that need it (control-plane add-ons; workers keep 1, see NodePool.MetadataHopLimit).";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        foreach (var template in context.ResourcesOf<LaunchTemplate>())
        {
            var metadata = template.Args.MetadataOptions;
            if (metadata?.HttpTokens != "required")
            {
                yield return RuleViolation.Of(
                    template,
                    "metadataOptions.httpTokens",
                    $"instances accept IMDSv1 (httpTokens is '{metadata?.HttpTokens ?? "unset"}'): set MetadataOptions.HttpTokens = \"required\"");
            }

            if (metadata?.HttpPutResponseHopLimit is > ControlPlaneNodes.MetadataHopLimit and var hops)
            {
                yield return RuleViolation.Of(
                    template,
                    "metadataOptions.httpPutResponseHopLimit",
                    $"the metadata token travels {hops} hops: set MetadataOptions.HttpPutResponseHopLimit to {ControlPlaneNodes.MetadataHopLimit} or less");
            }
        }
    }
}
