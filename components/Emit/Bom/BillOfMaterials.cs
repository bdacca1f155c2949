using Infra.Aws.AutoScaling;
using Infra.Aws.Ebs;
using Infra.Aws.Ec2;
using Infra.Aws.Lb;
using Infra.Model;

namespace Infra.Emit.Bom;

/// <summary>
/// What a stack's program asks AWS for, read from the model: machines (Auto Scaling groups and instances) with their
/// instance types and counts, EBS volumes (each machine's root volume and the standalone data volumes), load
/// balancers, NAT gateways and Elastic IPs. Nothing here is typed by hand, so the bill cannot drift from the program.
/// </summary>
public sealed record BillOfMaterials(
    IReadOnlyList<MachineLine> Machines,
    IReadOnlyList<VolumeLine> Volumes,
    IReadOnlyList<LoadBalancerLine> LoadBalancers,
    int NatGateways,
    int ElasticIps)
{
    /// <summary>What EC2 creates for a block device that names no type (EC2 API reference, EbsBlockDevice.VolumeType: default gp2).</summary>
    private const string UnnamedVolumeType = "gp2";

    /// <summary>What the AWS provider creates when the type is not set (aws.lb.LoadBalancer, loadBalancerType: default application); not set, a load balancer is internet-facing.</summary>
    private const string UnnamedLoadBalancerType = "application";

    /// <summary>True when the program asks AWS for no capacity at all (a platform stack).</summary>
    public bool IsEmpty => Machines.Count == 0 && Volumes.Count == 0 && LoadBalancers.Count == 0 && NatGateways == 0 && ElasticIps == 0;

    public static BillOfMaterials Of(InfraProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var machines = new List<MachineLine>();
        var volumes = new List<VolumeLine>();
        foreach (var group in program.ResourcesOf<Group>())
        {
            // A group created without a desired capacity starts at its minimum (EC2 Auto Scaling, CreateAutoScalingGroup).
            var count = new Quantity(group.Args.MinSize, group.Args.DesiredCapacity ?? group.Args.MinSize, group.Args.MaxSize);
            var template = LaunchTemplateOf(group);
            machines.Add(new MachineLine(group.Name, "Auto Scaling group", InstanceTypesOf(group, template), count));
            if (template.Args.BlockDeviceMappings is { } mappings)
            {
                volumes.AddRange(mappings.Where(m => m.Ebs is { VolumeSize: not null }).Select(m =>
                    new VolumeLine($"{group.Name} root", m.Ebs!.VolumeType ?? UnnamedVolumeType, m.Ebs.VolumeSize!.Value, m.Ebs.Iops, m.Ebs.Throughput, count)));
            }
        }

        foreach (var instance in program.ResourcesOf<Instance>())
        {
            machines.Add(new MachineLine(instance.Name, "instance", [instance.Args.InstanceType], Quantity.Once));
            if (instance.Args.RootBlockDevice is { VolumeSize: { } size } root)
            {
                volumes.Add(new VolumeLine($"{instance.Name} root", root.VolumeType ?? UnnamedVolumeType, size, null, null, Quantity.Once));
            }
        }

        volumes.AddRange(program.ResourcesOf<Volume>().Select(v =>
            new VolumeLine(v.Name, v.Args.Type, v.Args.Size, v.Args.Iops, v.Args.Throughput, Quantity.Once)));
        var loadBalancers = program.ResourcesOf<LoadBalancer>()
            .Select(lb => new LoadBalancerLine(lb.Name, lb.Args.LoadBalancerType ?? UnnamedLoadBalancerType, lb.Args.Internal ?? false))
            .OrderBy(lb => lb.Resource, StringComparer.Ordinal)
            .ToList();
        return new BillOfMaterials(
            machines.OrderBy(m => m.Resource, StringComparer.Ordinal).ToList(),
            volumes.OrderBy(v => v.Resource, StringComparer.Ordinal).ToList(),
            loadBalancers,
            program.ResourcesOf<NatGateway>().Count(),
            program.ResourcesOf<Eip>().Count());
    }

    /// <summary>The launch template a group launches from, directly or through its mixed-instances policy.</summary>
    private static LaunchTemplate LaunchTemplateOf(Group group)
    {
        var id = group.Args.LaunchTemplate?.Id ?? group.Args.MixedInstancesPolicy?.LaunchTemplate.LaunchTemplateSpecification.LaunchTemplateId;
        return id?.Node is OutputReference { Resource: LaunchTemplate template }
            ? template
            : throw new InvalidOperationException($"Auto Scaling group '{group.Name}' names no launch template of this program: the bill of materials cannot tell its instance types");
    }

    /// <summary>The mixed-instances overrides when there are any (the group launches any of them), else the template's one type.</summary>
    private static string[] InstanceTypesOf(Group group, LaunchTemplate template)
    {
        var overrides = group.Args.MixedInstancesPolicy?.LaunchTemplate.Overrides?
            .Select(o => o.InstanceType).OfType<string>().ToArray();
        if (overrides is { Length: > 0 })
        {
            return overrides;
        }

        return template.Args.InstanceType is { } type
            ? [type]
            : throw new InvalidOperationException($"Auto Scaling group '{group.Name}' has neither instance type overrides nor a launch template with an instance type");
    }
}

/// <summary>A group or instance: the types it may launch (any one of them per machine) and how many machines.</summary>
public sealed record MachineLine(string Resource, string Kind, IReadOnlyList<string> InstanceTypes, Quantity Count);

/// <summary>An EBS volume: size in GiB, provisioned IOPS and throughput (MiB/s) when set, and how many exist.</summary>
public sealed record VolumeLine(string Resource, string Type, int SizeGiB, int? Iops, int? ThroughputMiBps, Quantity Count);

/// <summary>A load balancer: network or application, internal or internet-facing.</summary>
public sealed record LoadBalancerLine(string Resource, string Type, bool Internal);
