using Infra.Aws.Ec2;
using Infra.NodePools;
using Infra.Policies.Rules;
using Infra.Tests.NodePools;

namespace Infra.Tests.Policies.Rules;

public sealed class EbsVolumesEncryptedTests
{
    private readonly EbsVolumesEncrypted rule = new();

    [Fact]
    public void An_unencrypted_volume_is_flagged_with_the_fix()
    {
        var program = RuleFixture.Program();
        RuleFixture.LaunchTemplate(program, new LaunchTemplateArgs
        {
            BlockDeviceMappings =
            [
                new LaunchTemplateBlockDeviceMapping { DeviceName = "/dev/sda1", Ebs = new LaunchTemplateBlockDeviceMappingEbs { Encrypted = "true" } },
                new LaunchTemplateBlockDeviceMapping { DeviceName = "/dev/sdf", Ebs = new LaunchTemplateBlockDeviceMappingEbs { VolumeSize = 50 } },
            ],
        });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("pool/launch-template", violation.ResourcePath);
        Assert.Equal("blockDeviceMappings[1].ebs.encrypted", violation.Property);
        Assert.Contains("/dev/sdf", violation.Message, StringComparison.Ordinal);
        Assert.Contains("set Ebs.Encrypted = \"true\"", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_mapping_no_device_is_flagged()
    {
        var program = RuleFixture.Program();
        RuleFixture.LaunchTemplate(program, new LaunchTemplateArgs());

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("blockDeviceMappings", violation.Property);
        Assert.Contains("map the root device", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Node_pool_volumes_pass()
    {
        var (program, _) = NodePoolFixture.Build(NodePoolArgs.General(NodePoolFixture.Cluster()));

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
