namespace Infra.ControlPlane;

/// <summary>The versions a cluster runs: the control plane, the kubeadm binary, each node pool's kubelet and etcd.</summary>
public sealed record ClusterVersions(ReleaseVersion ControlPlane, ReleaseVersion Kubeadm, ReleaseVersion Etcd)
{
    /// <summary>Kubelet versions by node-pool name (control-plane nodes included).</summary>
    public IReadOnlyDictionary<string, ReleaseVersion> Kubelets { get; init; } = new Dictionary<string, ReleaseVersion>();
}

/// <summary>One violated skew rule: which component, and a message naming the versions and the fix.</summary>
public sealed record SkewProblem(string Component, string Message);

/// <summary>
/// Kubernetes' version skew policy (kubernetes.io/releases/version-skew-policy) and kubeadm's rules, checked
/// before anything is deployed. Control-plane components run the control-plane version (kubeadm deploys them
/// together), so the rules that can break are the ones below.
/// </summary>
public static class VersionSkew
{
    /// <summary>A kubelet may be up to three minor versions older than the API server (since 1.28; two before).</summary>
    public const int MaxKubeletMinorsBehind = 3;

    public static IReadOnlyList<SkewProblem> Check(ClusterVersions versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var controlPlane = versions.ControlPlane;
        var problems = new List<SkewProblem>();

        // kubeadm can deploy its own minor or the one before; we pin it to the cluster's minor so upgrades run the kubeadm of the target release.
        if (versions.Kubeadm.Major != controlPlane.Major || versions.Kubeadm.Minor != controlPlane.Minor)
        {
            problems.Add(new("kubeadm", $"kubeadm {versions.Kubeadm.Kubernetes} does not match the control plane {controlPlane.Kubernetes}: install kubeadm {controlPlane.Line}.x on the node image"));
        }

        foreach (var (pool, kubelet) in versions.Kubelets.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            if (KubeletProblem(controlPlane, kubelet) is { } message)
            {
                problems.Add(new($"kubelet ({pool})", $"node pool '{pool}': {message}"));
            }
        }

        if (EtcdCompatibility.Problem(controlPlane, versions.Etcd) is { } etcdMessage)
        {
            problems.Add(new("etcd", etcdMessage));
        }

        return problems;
    }

    private static string? KubeletProblem(ReleaseVersion apiServer, ReleaseVersion kubelet)
    {
        if (kubelet.Major != apiServer.Major)
        {
            return $"kubelet {kubelet.Kubernetes} is a different major version from the API server {apiServer.Kubernetes}: use a {apiServer.Line} node image";
        }

        if (kubelet.Minor > apiServer.Minor)
        {
            return $"kubelet {kubelet.Kubernetes} is newer than the API server {apiServer.Kubernetes}, which the skew policy never allows: upgrade the control plane first, or keep the pool at {apiServer.Line} or older";
        }

        var oldest = apiServer.Minor - MaxKubeletMinorsBehind;
        return kubelet.Minor < oldest
            ? $"kubelet {kubelet.Kubernetes} is {apiServer.Minor - kubelet.Minor} minor versions behind the API server {apiServer.Kubernetes} (at most {MaxKubeletMinorsBehind} allowed): roll the pool to {apiServer.Major}.{oldest} or newer before upgrading the control plane"
            : null;
    }
}
