using System.Globalization;
using System.Text;

namespace Infra.Emit.Bom;

/// <summary>
/// A <see cref="BillOfMaterials"/> as Markdown: instances by type, machines, volumes, load balancers, NAT gateways and
/// Elastic IPs, and what they need of each service quota at the groups' minimum, desired and maximum sizes. Rows are
/// sorted, so the same program always prints the same bytes.
/// </summary>
public static class BillOfMaterialsMarkdown
{
    private const string NoneRow = "none\n";

    public static string Write(string stack, BillOfMaterials bom)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(bom);
        var text = new StringBuilder($"# Bill of materials: stack {stack}\n\n");
        if (bom.IsEmpty)
        {
            return text.Append("The stack asks AWS for no machines, volumes, load balancers or addresses: a platform stack deploys Kubernetes objects only.\n").ToString();
        }

        text.Append("Counts are min / desired / max: an Auto Scaling group runs between its minimum and maximum and starts at desired; an instance or volume of its own counts once. A group that may launch several types counts at the largest.\n");
        InstancesByType(text, bom);
        Machines(text, bom);
        Volumes(text, bom);
        LoadBalancers(text, bom);
        text.Append("\n## NAT gateways and Elastic IPs\n\n| item | count |\n|---|---|\n")
            .Append("| NAT gateways | ").Append(Number(bom.NatGateways)).Append(" |\n")
            .Append("| Elastic IPs | ").Append(Number(bom.ElasticIps)).Append(" |\n");
        Quotas(text, bom);
        return text.ToString();
    }

    private static void InstancesByType(StringBuilder text, BillOfMaterials bom)
    {
        text.Append("\n## Instances by type\n\n| instance types | vCPUs each | min | desired | max |\n|---|---|---|---|---|\n");
        foreach (var types in bom.Machines.GroupBy(m => Types(m.InstanceTypes), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var total = types.Select(m => m.Count).Aggregate((a, b) => a + b);
            var vcpus = LargestVcpus(types.First().InstanceTypes);
            text.Append("| ").Append(types.Key).Append(" | ").Append(vcpus is null ? "not in the vCPU table" : Number(vcpus.Value)).Append(" | ").Append(Counts(total)).Append(" |\n");
        }
    }

    private static void Machines(StringBuilder text, BillOfMaterials bom)
    {
        text.Append("\n## Machines\n\n| resource | kind | instance types | min | desired | max |\n|---|---|---|---|---|---|\n");
        foreach (var machine in bom.Machines)
        {
            text.Append("| ").Append(machine.Resource).Append(" | ").Append(machine.Kind).Append(" | ").Append(Types(machine.InstanceTypes)).Append(" | ").Append(Counts(machine.Count)).Append(" |\n");
        }
    }

    private static void Volumes(StringBuilder text, BillOfMaterials bom)
    {
        text.Append("\n## EBS volumes\n\nIOPS and MiB/s are shown where the volume provisions them; a gp3 volume without them runs at gp3's baseline (3,000 IOPS, 125 MiB/s).\n\n")
            .Append("| volume | type | GiB | IOPS | MiB/s | min | desired | max |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var volume in bom.Volumes)
        {
            text.Append("| ").Append(volume.Resource).Append(" | ").Append(volume.Type).Append(" | ").Append(Number(volume.SizeGiB))
                .Append(" | ").Append(volume.Iops is { } iops ? Number(iops) : "-")
                .Append(" | ").Append(volume.ThroughputMiBps is { } throughput ? Number(throughput) : "-")
                .Append(" | ").Append(Counts(volume.Count)).Append(" |\n");
        }
    }

    private static void LoadBalancers(StringBuilder text, BillOfMaterials bom)
    {
        text.Append("\n## Load balancers\n\n");
        if (bom.LoadBalancers.Count == 0)
        {
            text.Append(NoneRow);
            return;
        }

        text.Append("| resource | type | scheme |\n|---|---|---|\n");
        foreach (var balancer in bom.LoadBalancers)
        {
            text.Append("| ").Append(balancer.Resource).Append(" | ").Append(balancer.Type).Append(" | ").Append(balancer.Internal ? "internal" : "internet-facing").Append(" |\n");
        }
    }

    /// <summary>What the stack needs of each quota it touches; check them with <c>aws service-quotas get-service-quota</c> before the first <c>pulumi up</c>.</summary>
    private static void Quotas(StringBuilder text, BillOfMaterials bom)
    {
        var needs = new SortedDictionary<string, (ServiceQuota Quota, string Min, string Desired, string Max)>(StringComparer.Ordinal);
        void Need(ServiceQuota quota, Quantity amount, Func<int, string> format)
        {
            if (amount.Max > 0)
            {
                needs[quota.Code] = (quota, format(amount.Min), format(amount.Desired), format(amount.Max));
            }
        }

        foreach (var quota in new[] { ServiceQuota.StandardOnDemandVcpus, ServiceQuota.GAndVtOnDemandVcpus })
        {
            Need(quota, Sum(bom.Machines, m => LargestVcpus(m.InstanceTypes, quota) is { } vcpus ? m.Count * vcpus : null), Number);
        }

        Need(ServiceQuota.ElasticIps, new Quantity(bom.ElasticIps, bom.ElasticIps, bom.ElasticIps), Number);
        Need(ServiceQuota.Gp3StorageTiB, Sum(bom.Volumes, v => v.Type == "gp3" ? v.Count * v.SizeGiB : null), TebibytesFromGibibytes);
        Need(ServiceQuota.Io2Iops, Sum(bom.Volumes, v => v.Type == "io2" && v.Iops is { } iops ? v.Count * iops : null), Number);

        text.Append("\n## Service quotas\n\nNeeded in the stack's region; compare with `aws service-quotas get-service-quota --service-code <service> --quota-code <code>`.\n\n")
            .Append("| quota | service | code | min | desired | max |\n|---|---|---|---|---|---|\n");
        foreach (var (quota, min, desired, max) in needs.Values)
        {
            text.Append("| ").Append(quota.Name).Append(" | ").Append(quota.ServiceCode).Append(" | ").Append(quota.Code)
                .Append(" | ").Append(min).Append(" | ").Append(desired).Append(" | ").Append(max).Append(" |\n");
        }

        var unknown = bom.Machines.SelectMany(m => m.InstanceTypes).Where(t => InstanceTypeVcpus.Find(t) is null).Distinct().Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            text.Append("\nThe vCPU totals leave out ").Append(string.Join(", ", unknown))
                .Append(": not in the instance type table (components/Aws/Ec2/Ec2InstanceTypes.cs); add their vCPUs by hand.\n");
        }
    }

    private static Quantity Sum<T>(IEnumerable<T> lines, Func<T, Quantity?> amount) =>
        lines.Select(amount).OfType<Quantity>().Aggregate(new Quantity(0, 0, 0), (a, b) => a + b);

    /// <summary>The vCPUs of the largest of <paramref name="types"/> (counting only those under <paramref name="quota"/> when given); null when none is in the table.</summary>
    private static int? LargestVcpus(IReadOnlyList<string> types, ServiceQuota? quota = null) =>
        types.Select(InstanceTypeVcpus.Find).OfType<InstanceTypeSize>().Where(s => quota is null || s.Quota == quota).Select(s => (int?)s.Vcpus).Max();

    private static string Types(IReadOnlyList<string> types) => string.Join(" or ", types);

    private static string Counts(Quantity count) => $"{Number(count.Min)} | {Number(count.Desired)} | {Number(count.Max)}";

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string TebibytesFromGibibytes(int gibibytes) => (gibibytes / 1024.0).ToString("N2", CultureInfo.InvariantCulture);
}
