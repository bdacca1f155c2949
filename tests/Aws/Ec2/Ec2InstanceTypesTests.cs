using Infra.Aws.Ec2;
using Infra.NodePools;
using Infra.Software;

namespace Infra.Tests.Aws.Ec2;

public class Ec2InstanceTypesTests
{
    [Theory]
    [InlineData("m7i.4xlarge", 16, 64, "amd64")]
    [InlineData("m6a.xlarge", 4, 16, "amd64")]
    [InlineData("c7i.4xlarge", 16, 32, "amd64")]
    [InlineData("r6i.8xlarge", 32, 256, "amd64")]
    [InlineData("c7g.xlarge", 4, 8, "arm64")]
    [InlineData("r7g.16xlarge", 64, 512, "arm64")]
    [InlineData("m7a.medium", 1, 4, "amd64")]
    [InlineData("g4dn.xlarge", 4, 16, "amd64")]
    public void Each_type_has_the_vcpus_memory_and_architecture_aws_lists(string instanceType, int vcpus, int memoryGiB, string architecture)
    {
        var spec = Ec2InstanceTypes.Find(instanceType)!;

        Assert.Equal((vcpus, memoryGiB * 1024, architecture), (spec.Vcpus, spec.MemoryMiB, spec.Architecture.Name));
    }

    [Theory]
    [InlineData("m6i.16xlarge", 1)]
    [InlineData("m6i.24xlarge", 2)]
    [InlineData("m7i.24xlarge", 1)]
    [InlineData("m7i.48xlarge", 2)]
    [InlineData("c6a.48xlarge", 2)]
    [InlineData("r7g.16xlarge", 1)]
    [InlineData("g4dn.12xlarge", 1)]
    [InlineData("g4dn.16xlarge", 2)]
    [InlineData("i4i.16xlarge", 1)]
    [InlineData("i4i.32xlarge", 2)]
    [InlineData("m6id.32xlarge", 2)]
    public void Sizes_beyond_one_processor_span_two_numa_nodes(string instanceType, int numaNodes)
    {
        Assert.Equal(numaNodes, Ec2InstanceTypes.Find(instanceType)!.NumaNodes);
    }

    [Theory]
    [InlineData("g4dn.xlarge", 1, "NVIDIA T4", 125)]
    [InlineData("g4dn.12xlarge", 4, "NVIDIA T4", 900)]
    [InlineData("g5.48xlarge", 8, "NVIDIA A10G", 7600)]
    public void Gpu_types_carry_their_gpus_and_instance_store(string instanceType, int gpus, string model, int instanceStoreGb)
    {
        var spec = Ec2InstanceTypes.Find(instanceType)!;

        Assert.Equal((gpus, model, instanceStoreGb), (spec.Gpus, spec.GpuModel, spec.InstanceStoreGb));
    }

    [Theory]
    [InlineData("m6id.xlarge", 4, 16, 237)]
    [InlineData("m6id.12xlarge", 48, 192, 2850)]
    [InlineData("c6id.large", 2, 4, 118)]
    [InlineData("c6id.32xlarge", 128, 256, 7600)]
    [InlineData("r6id.4xlarge", 16, 128, 950)]
    [InlineData("r6id.24xlarge", 96, 768, 5700)]
    [InlineData("i4i.xlarge", 4, 32, 937)]
    [InlineData("i4i.32xlarge", 128, 1024, 30000)]
    public void Nvme_families_carry_their_base_shape_and_the_instance_store_aws_lists(string instanceType, int vcpus, int memoryGiB, int instanceStoreGb)
    {
        var spec = Ec2InstanceTypes.Find(instanceType)!;

        Assert.Equal((vcpus, memoryGiB * 1024, "amd64", 0, instanceStoreGb), (spec.Vcpus, spec.MemoryMiB, spec.Architecture.Name, spec.Gpus, spec.InstanceStoreGb));
    }

    [Fact]
    public void I4i_is_storage_optimized()
    {
        Assert.Equal(InstanceCategory.StorageOptimized, Ec2InstanceTypes.Find("i4i.2xlarge")!.Category);
    }

    [Fact]
    public void Instance_store_comes_on_every_size_of_the_nvme_families_and_on_no_other()
    {
        var withStore = Ec2InstanceTypes.All.Where(spec => spec.InstanceStoreGb > 0).Select(spec => spec.Family).Distinct();

        Assert.Equal(["m6id", "c6id", "r6id", "i4i", "g4dn", "g5"], withStore);
        Assert.Equal(withStore, Ec2InstanceTypes.FamiliesWithInstanceStore);
    }

    [Fact]
    public void Cpu_types_have_no_gpus()
    {
        Assert.All(Ec2InstanceTypes.All.Where(spec => spec.Category != InstanceCategory.AcceleratedComputing), spec => Assert.Equal(0, spec.Gpus));
    }

    [Theory]
    [InlineData("t3.large")]
    [InlineData("m6i.metal")]
    [InlineData("m7i.32xlarge")]
    [InlineData("m6i")]
    public void A_type_outside_the_table_is_unknown_not_guessed(string instanceType)
    {
        Assert.Null(Ec2InstanceTypes.Find(instanceType));
    }

    [Fact]
    public void Graviton_families_are_arm64_and_every_other_family_amd64()
    {
        var arm64 = Ec2InstanceTypes.Families.Where(f => f.Architecture == CpuArchitecture.Arm64).Select(f => f.Name);

        Assert.Equal(["m7g", "c7g", "r7g", "m6g", "c6g", "r6g"], arm64);
    }

    [Fact]
    public void Families_of_one_kind_offer_the_same_vcpus_and_memory_at_each_size()
    {
        foreach (var preset in new[] { NodePoolPreset.General, NodePoolPreset.Compute, NodePoolPreset.Memory })
        {
            var shapes = preset.Families
                .Select(family => Ec2InstanceTypes.Find($"{family}.4xlarge")!)
                .Select(spec => (spec.Vcpus, spec.MemoryMiB))
                .Distinct();

            Assert.Single(shapes);
        }
    }
}
