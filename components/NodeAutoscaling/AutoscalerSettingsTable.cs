using System.Globalization;
using System.Text;

namespace Infra.NodeAutoscaling;

/// <summary>The README's table of the autoscaler's size-derived settings, generated from <see cref="AutoscalerSettings"/>.</summary>
public static class AutoscalerSettingsTable
{
    /// <summary>The planned sizes the table shows: the staging and prod profiles' (100, 1,000) and the largest supported.</summary>
    public static IReadOnlyList<int> Sizes { get; } = [100, 1_000, 5_000];

    /// <summary>The control-plane nodes of the reference stacks: one per zone, three zones.</summary>
    public const int ControlPlaneNodes = 3;

    /// <summary>A Markdown table, one row per setting, one column per size in <see cref="Sizes"/>.</summary>
    public static string Markdown()
    {
        var settings = Sizes.Select(size => AutoscalerSettings.For(size, ControlPlaneNodes)).ToList();
        var text = new StringBuilder()
            .Append("| Setting | ").AppendJoin(" | ", Sizes.Select(size => string.Create(CultureInfo.InvariantCulture, $"{size:N0} nodes"))).Append(" |\n")
            .Append("|---|").AppendJoin("", Sizes.Select(_ => "---|")).Append('\n');
        Row(text, "`--max-nodes-total` (3 control-plane nodes)", settings, s => s.MaxNodesTotal);
        Row(text, "`--scan-interval`, seconds", settings, s => s.ScanIntervalSeconds);
        Row(text, "`--max-node-provision-time`, minutes", settings, s => s.MaxNodeProvisionMinutes);
        Row(text, "`--max-scale-down-parallelism`", settings, s => s.MaxScaleDownParallelism);
        Row(text, "`--max-drain-parallelism`", settings, s => s.MaxDrainParallelism);
        Row(text, "`--kube-client-qps` / burst", settings, s => s.KubeClientQps, s => s.KubeClientBurst);
        Row(text, "CPU request / limit, millicores", settings, s => s.CpuRequestMillicores, s => s.CpuLimitMillicores);
        Row(text, "memory request / limit, MiB", settings, s => s.MemoryRequestMiB, s => s.MemoryLimitMiB);
        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, List<AutoscalerSettings> settings, params Func<AutoscalerSettings, int>[] values) =>
        text.Append("| ").Append(name).Append(" | ")
            .AppendJoin(" | ", settings.Select(s => string.Join(" / ", values.Select(value => value(s).ToString(CultureInfo.InvariantCulture)))))
            .Append(" |\n");
}
