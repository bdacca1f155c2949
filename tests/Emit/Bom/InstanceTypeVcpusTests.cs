using Infra.Emit.Bom;
using Infra.Stacks.Composition;
using Infra.Tests.Cli;
using Infra.Tests.Policies.Support;
using Infra.Tests.Stacks;
using Infra.Tests.Support;

namespace Infra.Tests.Emit.Bom;

public class InstanceTypeVcpusTests
{
    [Theory]
    [InlineData("m6i.large", 2)]
    [InlineData("m6a.xlarge", 4)]
    [InlineData("m7i.4xlarge", 16)]
    [InlineData("r6i.8xlarge", 32)]
    [InlineData("c7i.48xlarge", 192)]
    [InlineData("g4dn.12xlarge", 48)]
    public void A_sizes_vcpus_follow_its_name_large_2_xlarge_4_and_n_xlarge_4n(string instanceType, int vcpus)
    {
        Assert.Equal(vcpus, InstanceTypeVcpus.Find(instanceType)?.Vcpus);
    }

    [Theory]
    [InlineData("g4dn.xlarge")]
    [InlineData("g5.2xlarge")]
    public void Gpu_families_count_against_the_G_and_VT_quota(string instanceType)
    {
        Assert.Equal(ServiceQuota.GAndVtOnDemandVcpus, InstanceTypeVcpus.Find(instanceType)?.Quota);
    }

    [Theory]
    [InlineData("m6i.xlarge")]
    [InlineData("c6i.4xlarge")]
    [InlineData("r7i.4xlarge")]
    public void General_compute_and_memory_families_count_against_the_standard_quota(string instanceType)
    {
        Assert.Equal(ServiceQuota.StandardOnDemandVcpus, InstanceTypeVcpus.Find(instanceType)?.Quota);
    }

    [Theory]
    [InlineData("t3.micro")]
    [InlineData("m6i.metal")]
    [InlineData("p4d.24xlarge")]
    [InlineData("m6i.medium")]
    public void A_type_outside_the_table_is_unknown_rather_than_guessed(string instanceType)
    {
        Assert.Null(InstanceTypeVcpus.Find(instanceType));
    }

    [Theory]
    [MemberData(nameof(StackFiles.All), MemberType = typeof(StackFiles))]
    public void Every_instance_type_a_reference_stack_launches_is_in_the_table(string stack)
    {
        var program = StackPipeline.FromStackFile(RepositoryRoot.Path, stack, new FixedTime(InfraCli.Today)).Program;
        var missing = BillOfMaterials.Of(program).Machines.SelectMany(m => m.InstanceTypes).Where(t => InstanceTypeVcpus.Find(t) is null).ToList();
        Assert.True(missing.Count == 0, $"{stack} launches types with no vCPU entry: {string.Join(", ", missing)}");
    }
}
