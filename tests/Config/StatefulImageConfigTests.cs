using Infra.NodePools;
using Infra.Software;
using Infra.Stacks.Config;
using static Infra.Tests.Config.StackConfigInput;

namespace Infra.Tests.Config;

/// <summary><c>infra:images</c> and <c>infra:rollout</c>: the pinned image of stateful machines and the one machine an update may take down.</summary>
public class StatefulImageConfigTests
{
    [Fact]
    public void A_pinned_image_is_read_per_architecture_with_its_kernel()
    {
        var config = LoadFile("prod", ProdWith("infra:images", "{amd64: {ami: ami-0123456789abcdef0, kernel: 6.8.0-1021-aws, name: ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20250115}}"));

        Assert.Equal(new PinnedImage("ami-0123456789abcdef0", "6.8.0-1021-aws", "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20250115"), config.Images[CpuArchitecture.Amd64.Name]);
    }

    [Fact]
    public void Without_images_stateful_machines_have_no_pin()
    {
        Assert.Empty(LoadFile("prod", ValidProd).Images);
    }

    [Theory]
    [InlineData("etcd-events-e")]
    [InlineData("control-plane-eu-west-1b")]
    public void A_rollout_target_names_an_etcd_member_or_a_control_plane_zone(string target)
    {
        Assert.Equal(target, LoadFile("prod", ProdWith("infra:rollout", target)).Rollout);
    }

    [Fact]
    public void The_reference_stacks_pin_the_image_of_staging_and_prod_and_leave_dev_to_the_moving_parameter()
    {
        var pinned = new[] { "dev", "staging", "prod" }.ToDictionary(stack => stack, stack => StackConfigLoader.FromStackFile(ProjectDir, stack).Images.ContainsKey(CpuArchitecture.Amd64.Name));

        Assert.Equal(new Dictionary<string, bool> { ["dev"] = false, ["staging"] = true, ["prod"] = true }, pinned);
    }
}
