using Infra.Aws.AutoScaling;
using Infra.Aws.Ebs;
using Infra.Aws.Ec2;
using Infra.Aws.Lb;
using Infra.Emit.Bom;
using Infra.Model;

namespace Infra.Tests.Emit.Bom;

/// <summary>The bill read from a program built by hand: what each resource contributes.</summary>
public class BillOfMaterialsTests
{
    private readonly InfraProgram program = new("test", "test");

    private LaunchTemplate Template(string id, string? instanceType) => new(program.Root, id, new LaunchTemplateArgs
    {
        InstanceType = instanceType,
        BlockDeviceMappings =
        [
            new LaunchTemplateBlockDeviceMapping
            {
                DeviceName = "/dev/sda1",
                Ebs = new LaunchTemplateBlockDeviceMappingEbs { VolumeSize = 100, VolumeType = "gp3", Iops = 4_000, Throughput = 250 },
            },
        ],
    });

    [Fact]
    public void A_group_counts_at_its_minimum_desired_and_maximum_with_its_launch_templates_type_and_root_volume()
    {
        var template = Template("workers-template", "m6i.xlarge");
        _ = new Group(program.Root, "workers", new GroupArgs { MinSize = 3, DesiredCapacity = 5, MaxSize = 100, LaunchTemplate = new GroupLaunchTemplate { Id = template.Id } });

        var bom = BillOfMaterials.Of(program);

        var machine = bom.Machines.Single();
        Assert.Equal(("workers", "Auto Scaling group", new Quantity(3, 5, 100)), (machine.Resource, machine.Kind, machine.Count));
        Assert.Equal(["m6i.xlarge"], machine.InstanceTypes);
        Assert.Equal(new VolumeLine("workers root", "gp3", 100, 4_000, 250, new Quantity(3, 5, 100)), bom.Volumes.Single());
    }

    [Fact]
    public void A_mixed_instances_group_may_launch_every_override_type()
    {
        var template = Template("mixed-template", instanceType: null);
        _ = new Group(program.Root, "mixed", new GroupArgs
        {
            MinSize = 0,
            MaxSize = 10,
            MixedInstancesPolicy = new GroupMixedInstancesPolicy
            {
                LaunchTemplate = new GroupMixedInstancesPolicyLaunchTemplate
                {
                    LaunchTemplateSpecification = new GroupMixedInstancesPolicyLaunchTemplateSpecification { LaunchTemplateId = template.Id },
                    Overrides = [new GroupMixedInstancesPolicyLaunchTemplateOverride { InstanceType = "m7i.4xlarge" }, new GroupMixedInstancesPolicyLaunchTemplateOverride { InstanceType = "m6i.4xlarge" }],
                },
            },
        });

        var machine = BillOfMaterials.Of(program).Machines.Single();

        Assert.Equal(["m7i.4xlarge", "m6i.4xlarge"], machine.InstanceTypes);
        Assert.Equal(new Quantity(0, 0, 10), machine.Count);
    }

    [Fact]
    public void An_instance_and_a_data_volume_count_once_each()
    {
        _ = new Instance(program.Root, "etcd", new InstanceArgs
        {
            Ami = "ami-1",
            InstanceType = "m6i.large",
            SubnetId = "subnet-1",
            RootBlockDevice = new InstanceRootBlockDevice { VolumeType = "gp3", VolumeSize = 30 },
        });
        _ = new Volume(program.Root, "etcd-data", new VolumeArgs { AvailabilityZone = "eu-west-1a", Type = "io2", Size = 20, Iops = 3_000 });

        var bom = BillOfMaterials.Of(program);

        Assert.Equal(Quantity.Once, bom.Machines.Single().Count);
        Assert.Equal(
            [new VolumeLine("etcd root", "gp3", 30, null, null, Quantity.Once), new VolumeLine("etcd-data", "io2", 20, 3_000, null, Quantity.Once)],
            bom.Volumes);
    }

    [Fact]
    public void Load_balancers_NAT_gateways_and_elastic_ips_are_counted()
    {
        _ = new LoadBalancer(program.Root, "api", new LoadBalancerArgs { LoadBalancerType = "network", Internal = true });
        var address = new Eip(program.Root, "nat-eip", new EipArgs());
        _ = new NatGateway(program.Root, "nat", new NatGatewayArgs { SubnetId = "subnet-1", AllocationId = address.AllocationId });

        var bom = BillOfMaterials.Of(program);

        Assert.Equal([new LoadBalancerLine("api", "network", Internal: true)], bom.LoadBalancers);
        Assert.Equal((1, 1), (bom.NatGateways, bom.ElasticIps));
    }

    [Fact]
    public void A_program_without_AWS_capacity_is_empty()
    {
        Assert.True(BillOfMaterials.Of(program).IsEmpty);
    }
}
