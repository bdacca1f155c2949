using System.Text.RegularExpressions;
using Infra.Model;

namespace Infra.ControlPlane.Kubeadm;

/// <summary>
/// The cluster-wide part of kubeadm's configuration (kind ClusterConfiguration): versions, the load-balanced
/// endpoint, networking, the external etcd cluster and the control-plane components' flags. kubeadm stores it
/// in the kubeadm-config ConfigMap at init, and joining control-plane nodes read it from there.
/// </summary>
public sealed partial record ClusterConfiguration
{
    public ClusterConfiguration(string kubernetesVersion, string controlPlaneEndpoint, ExternalEtcd etcd)
    {
        ArgumentNullException.ThrowIfNull(etcd);
        if (!KubernetesVersionPattern().IsMatch(kubernetesVersion ?? ""))
        {
            throw new ArgumentException($"Kubernetes version '{kubernetesVersion}' is not an exact release: write it as kubeadm does, e.g. 'v1.34.2'", nameof(kubernetesVersion));
        }

        if (!EndpointPattern().IsMatch(controlPlaneEndpoint ?? ""))
        {
            throw new ArgumentException($"control-plane endpoint '{controlPlaneEndpoint}' is not 'dns-name:port': give the stable DNS name in front of the API servers with its port, e.g. 'api.prod.internal:6443'", nameof(controlPlaneEndpoint));
        }

        KubernetesVersion = kubernetesVersion!;
        ControlPlaneEndpoint = controlPlaneEndpoint!;
        Etcd = new EtcdConfiguration(etcd);
    }

    /// <summary>An exact release ("v1.34.2"), so every control-plane node runs the same build.</summary>
    public string KubernetesVersion { get; }

    /// <summary>
    /// The stable name and port in front of all API servers (a DNS name pointing at the NLB). It is baked into
    /// every certificate and kubeconfig, so it must be a name we own, not the NLB's generated one.
    /// </summary>
    public string ControlPlaneEndpoint { get; }

    /// <summary>The cluster's name, as kubeconfigs and the AWS cloud provider see it.</summary>
    public string? ClusterName { get; init; }

    public Networking? Networking { get; init; }

    /// <summary>External etcd: etcd runs on its own instances, so API-server load and etcd's disk latency do not compete.</summary>
    public EtcdConfiguration Etcd { get; }

    public ApiServerComponent? ApiServer { get; init; }

    public ControlPlaneComponent? ControllerManager { get; init; }

    public ControlPlaneComponent? Scheduler { get; init; }

    /// <summary>
    /// kubeadm's CoreDNS add-on, disabled: the platform stack's chart owns CoreDNS (<c>Infra.Dns.CoreDns</c>), and a
    /// disabled add-on is also left alone by <c>kubeadm upgrade</c>, so the ConfigMap never has two writers.
    /// </summary>
    public AddOn Dns { get; init; } = new(Disabled: true);

    /// <summary>kubeadm's default location, where the static pod manifests expect the certificates.</summary>
    public string CertificatesDir { get; init; } = "/etc/kubernetes/pki";

    /// <summary>The Kubernetes project's registry, written out so a node never falls back to a CI registry for a CI version string.</summary>
    public string ImageRepository { get; init; } = "registry.k8s.io";

    [GeneratedRegex(@"^v1\.\d+\.\d+$")]
    private static partial Regex KubernetesVersionPattern();

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?:\d{1,5}$")]
    private static partial Regex EndpointPattern();
}

/// <summary>The cluster's address ranges and DNS domain.</summary>
public sealed record Networking
{
    /// <summary>The pods' range; unset when the CNI assigns pod IPs from the VPC (AWS VPC CNI).</summary>
    public string? PodSubnet { get; init; }

    /// <summary>kubeadm's default service range; must not overlap the VPC.</summary>
    public string ServiceSubnet { get; init; } = "10.96.0.0/12";

    /// <summary>Kubernetes' default DNS domain, which workloads assume.</summary>
    public string DnsDomain { get; init; } = "cluster.local";
}

/// <summary>A kubeadm add-on's section (<c>dns</c>, <c>proxy</c>): kubeadm v1beta4's <c>disabled</c>.</summary>
public sealed record AddOn(bool Disabled);

/// <summary>The <c>etcd</c> section: only <c>external</c>, since we never run etcd as kubeadm static pods.</summary>
public sealed record EtcdConfiguration(ExternalEtcd External);

/// <summary>The external etcd cluster the API servers use, reached over mutual TLS.</summary>
public sealed record ExternalEtcd
{
    public ExternalEtcd(IReadOnlyList<string> endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.Count == 0)
        {
            throw new ArgumentException("external etcd has no endpoints: list every member's client URL, e.g. 'https://etcd-0.prod.internal:2379'", nameof(endpoints));
        }

        var plain = endpoints.FirstOrDefault(e => !e.StartsWith("https://", StringComparison.Ordinal));
        if (plain is not null)
        {
            throw new ArgumentException($"etcd endpoint '{plain}' is not https: etcd holds every Secret, so reach it over TLS ('https://host:2379')", nameof(endpoints));
        }

        Endpoints = endpoints;
    }

    public IReadOnlyList<string> Endpoints { get; }

    /// <summary>The etcd CA, where kubeadm's external-etcd guide puts it.</summary>
    public string CaFile { get; init; } = "/etc/kubernetes/pki/etcd/ca.crt";

    /// <summary>The API server's etcd client certificate, kubeadm's file name for it.</summary>
    public string CertFile { get; init; } = "/etc/kubernetes/pki/apiserver-etcd-client.crt";

    public string KeyFile { get; init; } = "/etc/kubernetes/pki/apiserver-etcd-client.key";
}

/// <summary>Flags and host mounts for a control-plane component (kube-controller-manager, kube-scheduler; kube-apiserver adds certificate names).</summary>
public record ControlPlaneComponent
{
    public IReadOnlyList<Arg>? ExtraArgs { get; init; }

    public IReadOnlyList<HostPathMount>? ExtraVolumes { get; init; }
}

/// <summary>Flags, host mounts and extra certificate names for kube-apiserver.</summary>
public sealed record ApiServerComponent : ControlPlaneComponent
{
    /// <summary>Extra names in the serving certificate, e.g. the NLB's own DNS name for break-glass access.</summary>
    [PulumiName("certSANs")]
    public IReadOnlyList<string>? CertSans { get; init; }
}

/// <summary>A host path mounted into a control-plane static pod (config files, the audit log directory).</summary>
public sealed record HostPathMount(string Name, string HostPath, string MountPath)
{
    /// <summary>Read-only unless the component writes there (only the audit log directory).</summary>
    public bool ReadOnly { get; init; } = true;

    /// <summary>The hostPath type kubelet checks before starting the pod, e.g. <c>File</c> or <c>DirectoryOrCreate</c>.</summary>
    public string? PathType { get; init; }
}
