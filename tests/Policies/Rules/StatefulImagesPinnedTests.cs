using Infra.Aws.Ec2;
using Infra.Model;
using Infra.NodePools;
using Infra.Policies.Rules;

namespace Infra.Tests.Policies.Rules;

public sealed class StatefulImagesPinnedTests
{
    private readonly StatefulImagesPinned rule = new();

    /// <summary>An image only known at deploy time, as a lookup of Canonical's parameter is.</summary>
    private static Expr<string> LookedUp(InfraProgram program) =>
        new Instance(program.Root, "image-source", new InstanceArgs { Ami = "ami-0123456789abcdef0", InstanceType = "m6i.large", SubnetId = "subnet-1" }).Id;

    [Fact]
    public void An_etcd_member_booting_a_looked_up_image_is_flagged_with_the_config_key_that_pins_it()
    {
        var program = RuleFixture.Program();
        var member = new Instance(program.Root, "etcd-a", new InstanceArgs { Ami = LookedUp(program), InstanceType = "m6i.large", SubnetId = "subnet-1" });
        member.Annotate(new StatefulMachineAnnotation("etcd-a"));

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("ami", violation.Property);
        Assert.Contains("'etcd-a' boots an image looked up at deploy time: set infra:images", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_control_plane_template_booting_a_looked_up_image_is_flagged()
    {
        var program = RuleFixture.Program();
        RuleFixture.LaunchTemplate(program, new LaunchTemplateArgs { ImageId = LookedUp(program) }).Annotate(new StatefulMachineAnnotation("control-plane-eu-west-1a"));

        Assert.Equal("imageId", Assert.Single(RuleFixture.Violations(rule, program)).Property);
    }

    [Fact]
    public void Stateful_machines_with_an_ami_id_and_workers_with_a_lookup_pass()
    {
        var program = RuleFixture.Program();
        new Instance(program.Root, "etcd-a", new InstanceArgs { Ami = "ami-0123456789abcdef0", InstanceType = "m6i.large", SubnetId = "subnet-1" }).Annotate(new StatefulMachineAnnotation("etcd-a"));
        RuleFixture.LaunchTemplate(program, new LaunchTemplateArgs { ImageId = LookedUp(program) });

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
