using System.Globalization;
using Infra.Aws;
using Infra.Aws.Iam;
using Infra.ControlPlane;
using Infra.Emit;
using Infra.Model;
using Infra.Pki;

namespace Infra.ClusterJoin;

/// <summary>
/// The control-plane half of the node join: <see cref="JoinTokenPublisherScript"/> and a systemd service and timer
/// that run it on every control-plane node at boot (once the API answers) and every
/// <see cref="JoinTokenPublisherArgs.RefreshInterval"/> after, so nodes of Auto Scaling groups that launch at any
/// time, long after the cluster was created, find a valid token in SSM (<see cref="JoinParameters"/>) instead of a
/// 24-hour token baked into their user data.
/// <para>
/// Token lifetime rule: a token lives <see cref="TokenLifetimeMultiple"/> refresh intervals (2 hours at 30 minutes).
/// While any control-plane node refreshes, the parameter holds a token at most one interval old, so a node that
/// reads it has at least three intervals (90 minutes) left to install its packages and join; and the publishers may
/// all miss two runs in a row before a fresh reader gets an expired token. Every node publishes (no leader
/// election): the last writer wins, each run adds one short-lived token, and the API's token cleaner deletes
/// expired ones.
/// </para>
/// The control-plane boot writes <see cref="WriteFiles"/> and runs <see cref="EnableCommands"/> after
/// <c>kubeadm init</c> or <c>join</c>; the control-plane role needs <see cref="AllowPublish"/>.
/// </summary>
public sealed class JoinTokenPublisher
{
    /// <summary>The unit name, shared by service and timer.</summary>
    public const string UnitName = "kubeadm-join-token";

    /// <summary>A token lives this many refresh intervals: see the lifetime rule above.</summary>
    public const int TokenLifetimeMultiple = 4;

    /// <summary>The kubeconfig <c>kubeadm token create</c> uses: kubeadm's admin.conf, present on every control-plane node.</summary>
    public const string KubeconfigPath = "/etc/kubernetes/admin.conf";

    /// <summary>
    /// How long a run waits for the API before failing: 10 minutes, more than a control-plane node needs from boot
    /// to a serving API server (kubelet start, static pod start, etcd connection); a failed run is retried next interval.
    /// </summary>
    public static readonly TimeSpan ApiWait = TimeSpan.FromMinutes(10);

    /// <summary>Where render writes the files, under the control plane's folder.</summary>
    private const string RenderFolder = "control-plane/join";

    private const string SystemdDirectory = "/etc/systemd/system";

    private static readonly TimeSpan MinRefreshInterval = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan MaxRefreshInterval = TimeSpan.FromHours(6);

    private readonly JoinTokenPublisherArgs args;

    public JoinTokenPublisher(JoinTokenPublisherArgs args)
    {
        Validate(args);
        this.args = args;
        TokenTtl = args.RefreshInterval * TokenLifetimeMultiple;
        Script = new GeneratedFile($"{RenderFolder}/{UnitName}-publish.sh", JoinTokenPublisherScript.Text);
        Service = new GeneratedFile($"{RenderFolder}/{UnitName}.service", ServiceUnit());
        Timer = new GeneratedFile($"{RenderFolder}/{UnitName}.timer", TimerUnit());
    }

    /// <summary>How long each published token is valid: <see cref="TokenLifetimeMultiple"/> refresh intervals.</summary>
    public TimeSpan TokenTtl { get; }

    public JoinParameters Parameters => args.Parameters;

    public GeneratedFile Script { get; }

    public GeneratedFile Service { get; }

    public GeneratedFile Timer { get; }

    /// <summary>The three files, for <c>infra render</c>.</summary>
    public IReadOnlyList<GeneratedFile> Files => [Script, Service, Timer];

    /// <summary>Cloud-init <c>write_files</c> entries that install the script, service and timer on a control-plane node.</summary>
    public IReadOnlyList<OrderedMap> WriteFiles =>
    [
        WriteFile(JoinTokenPublisherScript.InstallPath, "0755", Script.Content),
        WriteFile($"{SystemdDirectory}/{UnitName}.service", "0644", Service.Content),
        WriteFile($"{SystemdDirectory}/{UnitName}.timer", "0644", Timer.Content),
    ];

    /// <summary>
    /// Cloud-init <c>runcmd</c> lines that start the timer, after <c>kubeadm init</c> or <c>join</c>. Its
    /// <c>OnBootSec</c> is then already past, so systemd runs the service at once: the first token is published
    /// as soon as the API answers, not one interval later.
    /// </summary>
    public static IReadOnlyList<string> EnableCommands { get; } = ["systemctl daemon-reload", $"systemctl enable --now {UnitName}.timer"];

    /// <summary>
    /// What the control-plane role needs to publish: <c>ssm:PutParameter</c> on exactly the two parameters, and
    /// <c>kms:Encrypt</c>/<c>kms:GenerateDataKey</c> on the PKI key only through SSM and only for those parameters
    /// (Parameter Store passes the parameter's ARN as encryption context), as <see cref="ClusterPki.DecryptStatement"/> does for readers.
    /// </summary>
    public IReadOnlyList<PolicyStatement> PublishStatements(AwsAccount account, Expr<string> keyArn)
    {
        ArgumentNullException.ThrowIfNull(account);
        var parameterArns = Parameters.Arns(account);
        return
        [
            new PolicyStatement
            {
                Sid = "PublishJoinParameters",
                Action = ["ssm:PutParameter"],
                Resource = parameterArns,
            },
            new PolicyStatement
            {
                Sid = "EncryptJoinParameters",
                Action = ["kms:Encrypt", "kms:GenerateDataKey"],
                Resource = [keyArn],
                Condition = new SortedDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Expr<string>>>>(StringComparer.Ordinal)
                {
                    ["StringEquals"] = new SortedDictionary<string, IReadOnlyList<Expr<string>>>(StringComparer.Ordinal)
                    {
                        ["kms:EncryptionContext:PARAMETER_ARN"] = parameterArns,
                        ["kms:ViaService"] = [Fn.Interpolate($"ssm.{account.Region}.amazonaws.com")],
                    },
                },
            },
        ];
    }

    /// <summary>
    /// Gives the control-plane role (<paramref name="roleName"/>, e.g. <c>NodeRoles.ControlPlane.Role.RoleName</c>)
    /// an inline policy with <see cref="PublishStatements"/> for the PKI's key, declared in <paramref name="scope"/>
    /// as <c>join-token-publish</c>.
    /// </summary>
    public RolePolicy AllowPublish(Scope scope, ClusterPki pki, Expr<string> roleName)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(pki);
        return new RolePolicy(scope, $"{UnitName}-publish", new RolePolicyArgs
        {
            Role = roleName,
            Policy = new PolicyDocument { Statement = PublishStatements(AwsAccount.Of(scope), pki.EncryptionKey.Arn) }.ToJson(),
        });
    }

    private static string Number(double value) => ((long)value).ToString(CultureInfo.InvariantCulture);

    /// <summary>A Go duration kubeadm parses, in whole minutes (e.g. <c>120m</c>).</summary>
    private string TtlText => $"{Number(TokenTtl.TotalMinutes)}m";

    private string ServiceUnit() => $"""
        [Unit]
        Description=Publish a kubeadm join token and the cluster CA pin to SSM for joining nodes
        Wants=network-online.target
        After=network-online.target kubelet.service

        [Service]
        Type=oneshot
        Environment=AWS_DEFAULT_REGION={args.Region}
        Environment=JOIN_TOKEN_PARAMETER={Parameters.Token}
        Environment=JOIN_CA_CERT_HASH_PARAMETER={Parameters.CaCertHash}
        Environment=JOIN_KMS_KEY_ID={args.KmsKeyId}
        Environment=JOIN_TOKEN_TTL={TtlText}
        Environment=JOIN_API_WAIT_SECONDS={Number(ApiWait.TotalSeconds)}
        Environment=JOIN_KUBECONFIG={KubeconfigPath}
        Environment=JOIN_CA_CERT={ControlPlanePaths.ClusterCa}
        ExecStart={JoinTokenPublisherScript.InstallPath}
        RuntimeDirectory={UnitName}
        RuntimeDirectoryMode=0700

        """;

    /// <summary>Monotonic, not calendar, times: each node's runs follow its own boot, so clusters sharing an account spread out.</summary>
    private string TimerUnit() => $"""
        [Unit]
        Description=Publish a fresh kubeadm join token every {Number(args.RefreshInterval.TotalMinutes)} minutes

        [Timer]
        OnBootSec=1min
        OnUnitActiveSec={Number(args.RefreshInterval.TotalMinutes)}min

        [Install]
        WantedBy=timers.target

        """;

    private static OrderedMap WriteFile(string path, string permissions, string content) =>
        new OrderedMap().Add("path", path).Add("permissions", permissions).Add("content", content);

    private static void Validate(JoinTokenPublisherArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(args.Parameters);
        var interval = args.RefreshInterval;
        if (interval < MinRefreshInterval || interval > MaxRefreshInterval || interval.TotalMinutes % 1 != 0)
        {
            throw new ArgumentException(
                $"join token refresh interval {interval} is not whole minutes from {MinRefreshInterval.TotalMinutes} minutes to {MaxRefreshInterval.TotalHours} hours: use e.g. 30 minutes",
                nameof(args));
        }

        if (!RegionNameRule.IsValid(args.Region))
        {
            throw new ArgumentException($"region '{args.Region}' is not an AWS region name: {RegionNameRule.Requirement}", nameof(args));
        }

        if (!args.KmsKeyId.StartsWith("alias/", StringComparison.Ordinal) || args.KmsKeyId.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"KMS key '{args.KmsKeyId}' is not an alias name: pass ClusterPki.EncryptionKeyAliasName (alias/...)", nameof(args));
        }
    }
}
