using Infra.Aws.Ec2;
using Infra.NodePools;

namespace Infra.Tests.NodePools;

public class NodePoolPresetTests
{
    public static TheoryData<NodePoolKind> Kinds => new(Enum.GetValues<NodePoolKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_family_and_default_type_of_a_kind_is_in_the_instance_type_table(NodePoolKind kind)
    {
        var preset = NodePoolPreset.Of(kind);

        Assert.All(preset.Families, family => Assert.Contains(Ec2InstanceTypes.Families, f => f.Name == family));
        Assert.All(preset.InstanceTypes, type => Assert.Contains(Ec2InstanceTypes.Find(type)!.Family, preset.Families));
    }

    [Theory]
    [InlineData(NodePoolKind.General, InstanceCategory.GeneralPurpose)]
    [InlineData(NodePoolKind.Compute, InstanceCategory.ComputeOptimized)]
    [InlineData(NodePoolKind.Memory, InstanceCategory.MemoryOptimized)]
    [InlineData(NodePoolKind.Gpu, InstanceCategory.AcceleratedComputing)]
    public void A_kind_allows_only_families_built_for_it_or_storage_optimized_ones_of_its_shape(NodePoolKind kind, InstanceCategory category)
    {
        Assert.All(
            NodePoolPreset.Of(kind).Families,
            family => Assert.Contains(Ec2InstanceTypes.Families.Single(f => f.Name == family).Category, new[] { category, InstanceCategory.StorageOptimized }));
    }

    [Fact]
    public void Storage_optimized_i4i_is_a_memory_family_for_its_8_gib_per_vcpu()
    {
        Assert.Equal([NodePoolKind.Memory], Enum.GetValues<NodePoolKind>().Where(kind => NodePoolPreset.Of(kind).Families.Contains("i4i")));
    }

    [Theory]
    [InlineData(NodePoolKind.General, "m6id")]
    [InlineData(NodePoolKind.Compute, "c6id")]
    [InlineData(NodePoolKind.Memory, "r6id")]
    public void Each_cpu_kind_allows_a_family_with_instance_store_for_local_ssd(NodePoolKind kind, string family)
    {
        Assert.Contains(family, NodePoolPreset.Of(kind).Families.Intersect(Ec2InstanceTypes.FamiliesWithInstanceStore));
    }

    [Theory]
    [InlineData(NodePoolKind.General)]
    [InlineData(NodePoolKind.Compute)]
    [InlineData(NodePoolKind.Memory)]
    public void Cpu_kinds_allow_intel_amd_and_graviton(NodePoolKind kind)
    {
        var processors = NodePoolPreset.Of(kind).Families.Select(family => family.TrimEnd('d')[^1]).Distinct().Order();

        Assert.Equal(['a', 'g', 'i'], processors);
    }

    [Fact]
    public void The_shares_split_the_seeds_thousand_nodes_and_add_up_to_all_of_them()
    {
        var presets = Enum.GetValues<NodePoolKind>().Select(NodePoolPreset.Of).ToList();

        Assert.Equal([584, 128, 256, 32], presets.Select(p => p.MaxSize(1_000)));
        Assert.Equal(1.0, presets.Sum(p => p.Share), precision: 9);
    }
}
