using Infra.Kubernetes.Core;
using Infra.Model;

namespace Infra.Dns;

/// <summary>Args of <see cref="CoreDns"/>.</summary>
public sealed record CoreDnsArgs
{
    /// <summary>The cluster stack's DNS plan: the Service address and whether NodeLocal DNSCache sits in front.</summary>
    public required ClusterDns Plan { get; init; }

    /// <summary>The planned node count (1-5,000): replicas and memory derive from it (<see cref="CoreDnsSettings"/>).</summary>
    public required int ExpectedNodes { get; init; }

    public DnsUpstreams Upstreams { get; init; } = new();

    /// <summary>
    /// What the scheduler does when replicas cannot spread evenly over zones: <c>DoNotSchedule</c> where every zone has
    /// workers (production's three), so a zone outage leaves two thirds of the replicas; <c>ScheduleAnyway</c> elsewhere.
    /// </summary>
    public UnsatisfiableConstraintAction ZoneSpread { get; init; } = UnsatisfiableConstraintAction.DoNotSchedule;

    /// <summary>The chart's pin; its image tag is overridden by <see cref="ImageTag"/>.</summary>
    public static VersionPin ChartPin { get; } = VersionPin.Chart(
        CoreDns.ChartName,
        "1.46.2",
        "coredns/helm charts/coredns at commit caac03169738feb17b42e110c211f249fa7cf026 (Chart.yaml version 1.46.2, appVersion 1.13.1); its image tag is overridden");

    /// <summary>The CoreDNS that kubeadm 1.36 installs, so the cluster runs the release its Kubernetes version was tested with.</summary>
    public static VersionPin ImagePin { get; } = VersionPin.Image(
        CoreDns.ImageRepository,
        "v1.14.2",
        "kubespray 46dbdd3994b32640bcd806b0097f50e8fdf1d514 roles/kubespray_defaults/defaults/main/download.yml: coredns_supported_versions['1.36'], which follows kubeadm's constants.CoreDNSVersion");

    /// <summary>The chart version, pinned: <see cref="ChartPin"/>.</summary>
    public string ChartVersion { get; init; } = ChartPin.Version;

    /// <summary>The CoreDNS image tag, pinned: <see cref="ImagePin"/>.</summary>
    public string ImageTag { get; init; } = ImagePin.Version;
}
