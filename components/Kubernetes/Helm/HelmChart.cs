namespace Infra.Kubernetes.Helm;

/// <summary>A chart in a Helm repository at a pinned version: an unpinned chart upgrades itself on the next <c>pulumi up</c>.</summary>
/// <param name="Repository">The repository's URL (<c>helm repo add</c>).</param>
/// <param name="Name">The chart's name, also the release's.</param>
/// <param name="Version">The chart version; its default images are that version's.</param>
public sealed record HelmChart(string Repository, string Name, string Version);
