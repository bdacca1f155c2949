namespace Infra.ControlPlane;

/// <summary>
/// Which etcd releases a Kubernetes release line is tested with, from kubeadm's own table
/// (<c>SupportedEtcdVersion</c> in cmd/kubeadm/app/constants/constants.go): at v1.34.0 it lists 3.5.21 for
/// 1.31-1.33 and 3.6.4 for 1.34; later 1.34 patches move to 3.5.24 and 3.6.5.
/// </summary>
public static class EtcdCompatibility
{
    /// <summary>
    /// The oldest 3.5 patch we accept for any line: the 3.5 build kubeadm 1.34 lists, and at or past 3.5.20,
    /// the first from which etcd supports an in-place upgrade to 3.6.
    /// </summary>
    public static readonly ReleaseVersion Minimum35 = new(3, 5, 21);

    /// <summary>The 3.6 build kubeadm 1.34.0 ships.</summary>
    public static readonly ReleaseVersion Minimum36 = new(3, 6, 4);

    private static readonly SortedDictionary<int, IReadOnlyList<ReleaseVersion>> MinimumsByKubernetesMinor = new()
    {
        [31] = [Minimum35],
        [32] = [Minimum35],
        [33] = [Minimum35],
        // kubeadm 1.34 deploys 3.6; 3.5 remains a supported external etcd while it is upgraded.
        [34] = [Minimum36, Minimum35],
        // kubeadm 1.35 and 1.36 list 3.6 builds only (etcd-io/etcd Documentation/contributor-guide/bump_etcd_version_k8s.md
        // at c34dc7ee0048: SupportedEtcdVersion 34-36 all "3.6.9-0"); placeholder until the etcd 3.6 work sets its rows.
        [35] = [Minimum36],
        [36] = [Minimum36],
    };

    /// <summary>Why <paramref name="etcd"/> does not suit <paramref name="kubernetes"/>, or null when it does.</summary>
    public static string? Problem(ReleaseVersion kubernetes, ReleaseVersion etcd)
    {
        ArgumentNullException.ThrowIfNull(kubernetes);
        ArgumentNullException.ThrowIfNull(etcd);
        if (!MinimumsByKubernetesMinor.TryGetValue(kubernetes.Minor, out var minimums))
        {
            return $"no etcd compatibility facts for Kubernetes {kubernetes.Line} (known: {string.Join(", ", MinimumsByKubernetesMinor.Keys.Select(m => $"1.{m}"))}): add its row to EtcdCompatibility from kubeadm's SupportedEtcdVersion";
        }

        var sameLine = minimums.FirstOrDefault(m => m.Major == etcd.Major && m.Minor == etcd.Minor);
        if (sameLine is null)
        {
            return $"etcd {etcd} is not tested with Kubernetes {kubernetes.Kubernetes}: use etcd {string.Join(" or ", minimums.Select(m => $"{m.Line} (>= {m})"))}";
        }

        return etcd < sameLine
            ? $"etcd {etcd} is older than {sameLine}, the oldest {sameLine.Line} build we accept for Kubernetes {kubernetes.Kubernetes}: upgrade etcd to {sameLine} or later"
            : null;
    }
}
