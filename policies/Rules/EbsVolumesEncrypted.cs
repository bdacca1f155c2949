using Infra.Aws.Ec2;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// Every EBS volume a launch template maps is encrypted; a template that maps no device leaves the
/// root volume's encryption to the AMI and the account default, so it must map the root device.
/// </summary>
public sealed class EbsVolumesEncrypted : PolicyRule
{
    public override string Id => "AWS-002";

    public override string Title => "Launch templates encrypt every EBS volume";

    public override string Rationale =>
        "Node volumes hold container images, logs, emptyDirs and kubelet credentials; an unencrypted volume or snapshot exposes them to anyone who can copy it.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        foreach (var template in context.ResourcesOf<LaunchTemplate>())
        {
            var mappings = template.Args.BlockDeviceMappings ?? [];
            if (mappings.Count == 0)
            {
                yield return RuleViolation.Of(
                    template,
                    "blockDeviceMappings",
                    "the root volume's encryption is left to the AMI: map the root device with Ebs.Encrypted = \"true\"");
            }

            for (var i = 0; i < mappings.Count; i++)
            {
                if (mappings[i].Ebs is { } ebs && ebs.Encrypted != "true")
                {
                    yield return RuleViolation.Of(
                        template,
                        $"blockDeviceMappings[{i}].ebs.encrypted",
                        $"volume {mappings[i].DeviceName} is not encrypted (encrypted is '{ebs.Encrypted ?? "unset"}'): set Ebs.Encrypted = \"true\"");
                }
            }
        }
    }
}
