using Infra.Software;

namespace Infra.NodePools;

/// <summary>
/// The software a Kubernetes node installs: exact releases from the one pin table (<see cref="UpstreamPins"/>),
/// downloaded and checked against their SHA-256 at boot (or baked into the image), so every node of a pool runs the
/// same bits and an upgrade is a reviewed change (a new launch template version, rolled out by instance refresh).
/// Nothing comes from apt: a stock image needs no package source and no egress on port 80.
/// </summary>
public sealed record NodeSoftware
{
    /// <summary>What the node installs, in order; one pin list per cluster unless a pool is being upgraded first.</summary>
    public IReadOnlyList<PinnedArtifact> Artifacts { get; init; } = UpstreamPins.KubernetesNode;

    /// <summary>amd64 unless set: a node pool sets its own, its instance types' (<see cref="NodePoolArgs.Architecture"/>), which also picks its image (<see cref="NodeImage.Ubuntu2404ParameterFor"/>).</summary>
    public CpuArchitecture Architecture { get; init; } = CpuArchitecture.Amd64;

    /// <summary>The Kubernetes release of the kubelet as kubeadm writes it (<c>v1.36.4</c>): the control plane runs its kubelet's release.</summary>
    public string KubernetesVersion => "v" + Artifacts.Single(artifact => artifact.Name == UpstreamPins.Kubelet.Name).Version;

    /// <summary>The installer of <see cref="Artifacts"/> for <see cref="Architecture"/>.</summary>
    public SoftwareInstaller Installer => new(Artifacts, Architecture);
}
