using Infra.Aws.Ec2;
using Infra.Emit.PulumiYaml;
using Infra.Model;

namespace Infra.Tests.Aws;

public class LaunchTemplateTests
{
    [Fact]
    public void Ebs_flags_the_provider_types_as_strings_are_emitted_quoted()
    {
        var program = new InfraProgram("infra", "launch template test");
        _ = new LaunchTemplate(program.Root, "nodes", new LaunchTemplateArgs
        {
            BlockDeviceMappings =
            [
                new LaunchTemplateBlockDeviceMapping
                {
                    DeviceName = "/dev/sda1",
                    Ebs = new LaunchTemplateBlockDeviceMappingEbs { Encrypted = "true", DeleteOnTermination = "true", VolumeSize = 100 },
                },
            ],
        });

        var yaml = PulumiYamlEmitter.ToYaml(program);

        Assert.Contains("encrypted: \"true\"", yaml, StringComparison.Ordinal);
        Assert.Contains("deleteOnTermination: \"true\"", yaml, StringComparison.Ordinal);
        Assert.Contains("volumeSize: 100", yaml, StringComparison.Ordinal);
    }
}
