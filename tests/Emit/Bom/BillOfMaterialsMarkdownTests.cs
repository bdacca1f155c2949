using Infra.Emit.Bom;

namespace Infra.Tests.Emit.Bom;

/// <summary>The Markdown bill: quota totals from counts and the vCPU table.</summary>
public class BillOfMaterialsMarkdownTests
{
    private static string Write(params MachineLine[] machines) =>
        BillOfMaterialsMarkdown.Write("test", new BillOfMaterials(machines, [], [], NatGateways: 0, ElasticIps: 0));

    [Fact]
    public void The_standard_vcpu_quota_needs_each_count_times_the_largest_types_vcpus_at_min_desired_and_max()
    {
        var text = Write(
            new MachineLine("pool", "Auto Scaling group", ["m6i.xlarge", "m6i.2xlarge"], new Quantity(3, 4, 100)),
            new MachineLine("etcd", "instance", ["m6i.large"], Quantity.Once));

        // pool: 8 vCPUs each (the larger type); etcd: 2.
        Assert.Contains("| ec2 | L-1216C47A | 26 | 34 | 802 |\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Gpu_nodes_count_against_the_G_and_VT_quota_and_not_the_standard_one()
    {
        var text = Write(new MachineLine("gpu", "Auto Scaling group", ["g4dn.xlarge"], new Quantity(0, 0, 10)));

        Assert.Contains("| ec2 | L-DB2E81BA | 0 | 0 | 40 |\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("L-1216C47A", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Types_outside_the_vcpu_table_are_named_and_left_out_of_the_totals()
    {
        var text = Write(
            new MachineLine("odd", "Auto Scaling group", ["t3.micro"], new Quantity(1, 1, 1)),
            new MachineLine("pool", "Auto Scaling group", ["m6i.xlarge"], new Quantity(1, 1, 1)));

        Assert.Contains("| ec2 | L-1216C47A | 4 | 4 | 4 |\n", text, StringComparison.Ordinal);
        Assert.Contains("The vCPU totals leave out t3.micro", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Gp3_storage_is_summed_in_tebibytes_at_each_count()
    {
        var bom = new BillOfMaterials([], [new VolumeLine("pool root", "gp3", 512, null, null, new Quantity(2, 2, 1_000))], [], 0, 0);

        Assert.Contains("| ebs | L-7A658B76 | 1.00 | 1.00 | 500.00 |\n", BillOfMaterialsMarkdown.Write("test", bom), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bill_with_nothing_from_AWS_says_so_instead_of_printing_empty_tables()
    {
        var text = Write();

        Assert.Contains("asks AWS for no machines", text, StringComparison.Ordinal);
        Assert.DoesNotContain("|", text, StringComparison.Ordinal);
    }
}
