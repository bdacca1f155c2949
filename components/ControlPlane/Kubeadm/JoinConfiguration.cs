using Infra.Model;

namespace Infra.ControlPlane.Kubeadm;

/// <summary>What <c>kubeadm join</c> needs on every other node (kind JoinConfiguration); control-plane nodes add <see cref="ControlPlane"/>.</summary>
public sealed record JoinConfiguration
{
    public required NodeRegistration NodeRegistration { get; init; }

    /// <summary>How the node finds and trusts the cluster before it has credentials.</summary>
    public required Discovery Discovery { get; init; }

    /// <summary>Set on control-plane nodes only: kubeadm then also starts the control-plane static pods.</summary>
    public JoinControlPlane? ControlPlane { get; init; }

    public IReadOnlyList<string>? SkipPhases { get; init; }

    public Patches? Patches { get; init; }
}

/// <summary>The control-plane part of a join: this node's API server and the key to the uploaded certificates.</summary>
public sealed record JoinControlPlane
{
    [PulumiName("localAPIEndpoint")]
    public ApiEndpoint? LocalApiEndpoint { get; init; }

    /// <summary>
    /// The key that decrypts the certificates <c>kubeadm init --upload-certs</c> stored in the cluster. Unset when
    /// the certificates are placed on the node by other means (our case: they come from the secret store at boot).
    /// </summary>
    public string? CertificateKey { get; init; }
}

/// <summary>Discovery: exactly one of a bootstrap token (with CA pins) or a kubeconfig file.</summary>
public sealed record Discovery
{
    private Discovery(BootstrapTokenDiscovery? bootstrapToken, FileDiscovery? file)
    {
        BootstrapToken = bootstrapToken;
        File = file;
    }

    public BootstrapTokenDiscovery? BootstrapToken { get; }

    public FileDiscovery? File { get; }

    /// <summary>Token discovery, always pinned to the cluster CA: unpinned discovery lets anyone on the path impersonate the control plane.</summary>
    public static Discovery WithBootstrapToken(string apiServerEndpoint, string token, IReadOnlyList<string> caCertHashes)
    {
        ArgumentNullException.ThrowIfNull(caCertHashes);
        if (caCertHashes.Count == 0 || caCertHashes.Any(h => !h.StartsWith("sha256:", StringComparison.Ordinal)))
        {
            throw new ArgumentException("token discovery needs the cluster CA's public-key pins as 'sha256:<hex>': without them a joining node trusts whoever answers", nameof(caCertHashes));
        }

        return new Discovery(new BootstrapTokenDiscovery(token, apiServerEndpoint, caCertHashes), null);
    }

    /// <summary>File discovery: the node fetches a cluster-info kubeconfig (CA and endpoint) at boot, so no token lives in user data.</summary>
    public static Discovery WithFile(string kubeConfigPath) => new(null, new FileDiscovery(kubeConfigPath));
}

/// <summary>Bootstrap-token discovery (<c>token</c> is a bootstrap token, <c>[a-z0-9]{6}.[a-z0-9]{16}</c>).</summary>
public sealed record BootstrapTokenDiscovery(string Token, string ApiServerEndpoint, IReadOnlyList<string> CaCertHashes);

/// <summary>File discovery: a kubeconfig on the node holding the cluster's CA and endpoint.</summary>
public sealed record FileDiscovery(string KubeConfigPath);
