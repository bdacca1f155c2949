using System.Globalization;
using System.Text;
using Infra.Aws.Iam;
using Infra.ControlPlane.Kubeadm;
using Infra.Model;
using Infra.Pki;

namespace Infra.ClusterJoin;

/// <summary>
/// The worker half of the node join: where a node finds the API and its join parameters, and the files its user
/// data installs: <see cref="WorkerJoinScript"/>, its <see cref="Settings"/>, and the kubeadm JoinConfiguration as a
/// <see cref="ConfigTemplate"/>.
/// <para>
/// The template is the typed <see cref="JoinConfiguration"/> with bootstrap-token discovery, so it keeps that type's
/// validation (CA pins are required); the token and the pin are <see cref="TokenPlaceholder"/> and
/// <see cref="CaCertHashPlaceholder"/>, values of the right shape that no real token or pin takes (all zeros), which
/// the script replaces at boot with what it read from SSM. The user data therefore holds no secret, and the script
/// refuses a template that lacks either placeholder.
/// </para>
/// </summary>
public sealed record WorkerJoin
{
    /// <summary>Where the join template is written (no secret: placeholders only).</summary>
    public const string ConfigTemplatePath = "/etc/kubeadm/join.yaml.template";

    /// <summary>Where the script writes the join configuration with the token (mode 0600, removed after the join).</summary>
    public const string ConfigPath = "/etc/kubeadm/join.yaml";

    /// <summary>Where the script's settings are written (no secret: region and parameter names).</summary>
    public const string SettingsPath = "/etc/kubeadm/join.env";

    /// <summary>A bootstrap token's shape (<c>[a-z0-9]{6}.[a-z0-9]{16}</c>) that kubeadm never generates.</summary>
    public const string TokenPlaceholder = "000000.0000000000000000";

    /// <summary>The kubelet flag that leaves node initialisation to the AWS cloud controller manager, which runs out of tree.</summary>
    public static readonly Arg ExternalCloudProvider = new("cloud-provider", "external");

    /// <summary>A CA pin's shape (<c>sha256:</c> and 64 hex digits) that no key hashes to in practice.</summary>
    public static readonly string CaCertHashPlaceholder = "sha256:" + new string('0', 64);

    /// <summary>The API endpoint nodes discover the cluster at, <c>host:port</c>: <c>ClusterDomain.ApiEndpoint(cluster)</c>.</summary>
    public required string ApiEndpoint { get; init; }

    /// <summary>The region the AWS CLI reads the parameters in: the stack's region, as plain text.</summary>
    public required string Region { get; init; }

    /// <summary>The parameters the control plane publishes (<see cref="JoinParameters.Under"/> the worker role's path).</summary>
    public required JoinParameters Parameters { get; init; }

    /// <summary>
    /// How long a node keeps trying to read the parameters before its boot fails: 20 minutes, longer than a new
    /// cluster's control plane takes from launch to its first published token (install, <c>kubeadm init</c>, the
    /// API answering), so the first workers, launched with it, wait rather than fail.
    /// </summary>
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>
    /// The join configuration with placeholders: bootstrap-token discovery against <see cref="ApiEndpoint"/>, the
    /// kubelet patches of <paramref name="patchesDirectory"/> (node-specific kubelet settings survive the join), and
    /// an external cloud provider.
    /// </summary>
    public string ConfigTemplate(string patchesDirectory)
    {
        var file = KubeadmConfigFile.ForJoin(new JoinConfiguration
        {
            NodeRegistration = new NodeRegistration { KubeletExtraArgs = [ExternalCloudProvider] },
            Discovery = Discovery.WithBootstrapToken(ApiEndpoint, TokenPlaceholder, [CaCertHashPlaceholder]),
            Patches = new Patches(patchesDirectory),
        });
        return $"# Written by cloud-init; {WorkerJoinScript.InstallPath} replaces the token and CA pin placeholders at boot.\n{file.Text}";
    }

    /// <summary>The script's settings: <c>NAME=value</c> lines it sources (every value a plain word).</summary>
    public string Settings()
    {
        var settings = new (string Name, string Value)[]
        {
            ("AWS_DEFAULT_REGION", Region),
            ("JOIN_TOKEN_PARAMETER", Parameters.Token),
            ("JOIN_CA_CERT_HASH_PARAMETER", Parameters.CaCertHash),
            ("JOIN_CONFIG_TEMPLATE", ConfigTemplatePath),
            ("JOIN_CONFIG", ConfigPath),
            ("JOIN_TOKEN_PLACEHOLDER", TokenPlaceholder),
            ("JOIN_CA_CERT_HASH_PLACEHOLDER", CaCertHashPlaceholder),
            ("JOIN_FETCH_TIMEOUT_SECONDS", ((long)FetchTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture)),
        };
        var text = new StringBuilder();
        foreach (var (name, value) in settings)
        {
            text.Append(CultureInfo.InvariantCulture, $"{name}={value}\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// Lets the worker role (<paramref name="roleName"/>, e.g. <c>NodeRoles.Worker.Role.RoleName</c>) decrypt the join
    /// parameters, which the PKI key encrypts; reading them (ssm:GetParameter) it may already, under its own path.
    /// Declared by <paramref name="pki"/> as <c>worker-join-decrypt</c>.
    /// </summary>
    public RolePolicy AllowRead(ClusterPki pki, Expr<string> roleName)
    {
        ArgumentNullException.ThrowIfNull(pki);
        return pki.AllowDecrypt("worker-join", roleName, Parameters.Path);
    }

    /// <summary>
    /// Throws when a setting cannot work on a node, naming the value and the fix; <paramref name="owner"/> (e.g. the
    /// node pool) starts the message and <paramref name="paramName"/> is the argument the settings came in.
    /// </summary>
    public void Validate(string owner, string paramName)
    {
        ArgumentNullException.ThrowIfNull(Parameters);
        var colon = ApiEndpoint.LastIndexOf(':');
        if (colon <= 0 || !ushort.TryParse(ApiEndpoint.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port == 0
            || ApiEndpoint.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException(
                $"{owner}: join API endpoint '{ApiEndpoint}' is not host:port: pass ClusterDomain.ApiEndpoint(cluster), e.g. 'api.prod.k8s.internal:6443'", paramName);
        }

        if (!RegionNameRule.IsValid(Region))
        {
            throw new ArgumentException($"{owner}: join region '{Region}' is not an AWS region name: {RegionNameRule.Requirement}", paramName);
        }

        if (FetchTimeout < TimeSpan.FromMinutes(1))
        {
            throw new ArgumentException(
                $"{owner}: join fetch timeout {FetchTimeout} is shorter than a minute: a node would give up before a new instance profile works; keep the 20-minute default",
                paramName);
        }
    }
}
