using Infra.Aws.Ec2;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>VPCs the program creates give instances DNS hostnames (and resolve them).</summary>
public sealed class VpcResolvesHostnames : PolicyRule
{
    public override string Id => "AWS-010";

    public override string Title => "VPCs give instances DNS hostnames";

    public override string Rationale =>
        "kubeadm nodes register under their private DNS name and interface VPC endpoints need private DNS; without both settings kubelet cannot join and endpoints go unused.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        foreach (var vpc in context.ResourcesOf<Vpc>())
        {
            if (vpc.Args.EnableDnsSupport == false)
            {
                yield return RuleViolation.Of(vpc, "enableDnsSupport", "the VPC resolves no names: set EnableDnsSupport = true (or leave it unset)");
            }

            if (vpc.Args.EnableDnsHostnames != true)
            {
                yield return RuleViolation.Of(vpc, "enableDnsHostnames", "instances get no DNS hostname: set EnableDnsHostnames = true");
            }
        }
    }
}
