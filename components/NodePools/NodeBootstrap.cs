using System.Globalization;
using Infra.Boot;
using Infra.ClusterJoin;
using Infra.ControlPlane.Kubeadm;
using Infra.Emit;
using Infra.Kubelet;
using Infra.Software;

namespace Infra.NodePools;

/// <summary>
/// The cloud-init user data of a node: kernel settings Kubernetes needs, the pinned software's installer with
/// containerd's and the kubelet's units and configuration, and the pool's kubelet settings
/// written as a kubeadm patch (kubeadm join replaces /var/lib/kubelet/config.yaml with the
/// cluster-wide configuration and then applies patches from <see cref="PatchesDirectory"/>, so node-
/// specific settings survive the join). Its boot (<see cref="Sequence"/>) ends with the join (<see cref="WorkerJoin"/>)
/// once the API answers: a script reads the bootstrap token and CA pin the control plane publishes to SSM and runs
/// <c>kubeadm join</c>; the user data itself carries only the parameters' names and a join template with
/// placeholders, never the token.
/// </summary>
public sealed record NodeBootstrap
{
    /// <summary>Where kubeadm join will be pointed for patches (<c>--patches</c>).</summary>
    public const string PatchesDirectory = "/etc/kubeadm/patches";

    /// <summary>A JSON merge patch of the kubelet configuration (kubeadm patch target "kubeletconfiguration").</summary>
    public const string KubeletPatchPath = PatchesDirectory + "/kubeletconfiguration+merge.yaml";

    /// <summary>Read by kubeadm's drop-in for the kubelet unit: node labels go here.</summary>
    public const string KubeletEnvironmentPath = KubeadmKubeletDropIn.ExtraArgsPath;

    public required KubeletSettings Kubelet { get; init; }

    public required NodeSoftware Software { get; init; }

    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    public required IReadOnlyList<NodeTaint> Taints { get; init; }

    /// <summary>The boot work of the pool's hardware (GPU drivers, instance-store disks), run before containerd starts.</summary>
    public IReadOnlyList<IPoolBootSteps> Hardware { get; init; } = [];

    /// <summary>Where the node joins and where it reads its token.</summary>
    public required WorkerJoin Join { get; init; }

    /// <summary>The kubelet's <c>clusterDNS</c> (<see cref="NodePoolCluster.ClusterDns"/>).</summary>
    public IReadOnlyList<string>? ClusterDns { get; init; }

    /// <summary>
    /// The pool's whole kubelet configuration as a merge patch, not only the fields that differ from the control plane's:
    /// applied after kubeadm join downloads the cluster-wide base (the init file's document), it makes every field we
    /// set the pool's own whatever that base holds (a base uploaded by an older release, or re-uploaded by
    /// <c>kubeadm upgrade</c>), so a node runs exactly the configuration the tests validate.
    /// </summary>
    public string KubeletPatch() => KubeletConfig.ToYaml();

    /// <summary>The pool's kubelet configuration, which <see cref="KubeletPatch"/> writes and policies read (eviction thresholds).</summary>
    public KubeletConfiguration KubeletConfig => KubeletConfiguration.For(Kubelet) with
    {
        RegisterWithTaints = Taints.Count == 0 ? null : Taints.Select(Taint.From).ToArray(),
        ClusterDns = ClusterDns,
    };

    /// <summary>
    /// 30 minutes: pools are created after the control plane answers, so the API is normally ready at once; the wait
    /// covers a control plane replaced at the same time (its own 30-minute bound), past which the node fails visibly.
    /// </summary>
    public const int ApiWaitMinutes = 30;

    /// <summary>The boot order: the node steps, then wait for the API, then join.</summary>
    public BootSequence Sequence => new()
    {
        Machine = "worker node",
        InAutoScalingGroup = true,
        Definitions = NodeBootSteps.Functions + $$"""
            readonly root=$BOOT_ROOT
            readonly api_endpoint={{Join.ApiEndpoint}}

            # Readiness only: the node has no cluster CA before it joins, so the server is not verified here; the join
            # itself verifies it against the CA pin. /readyz answers anonymous requests.
            api_ready() {
              curl --fail --silent --insecure --max-time 5 "https://$api_endpoint/readyz" > /dev/null
            }

            # A join that stopped midway leaves a kubelet kubeconfig the next join's preflight refuses: reset it first.
            join_cluster() {
              if [[ -e "$root/etc/kubernetes/kubelet.conf" ]]; then
                echo "a previous kubeadm join stopped midway: resetting it" >&2
                kubeadm reset --force
              fi
              "$root{{WorkerJoinScript.InstallPath}}" "$root{{WorkerJoin.SettingsPath}}"
            }

            """ + string.Concat(Hardware.Select(h => h.Definitions)),
        Steps =
        [
            .. NodeBootSteps.With(Hardware),
            BootStep.WaitedFor("wait-for-api", $"the API at {Join.ApiEndpoint} to answer /readyz", TimeSpan.FromMinutes(ApiWaitMinutes), "api_ready"),
            BootStep.Retried("join", "kubeadm join", "join_cluster"),
        ],
    };

    /// <summary>The kubeadm join configuration with placeholders for the token and CA pin, pointed at <see cref="PatchesDirectory"/>.</summary>
    public string JoinConfigTemplate() => Join.ConfigTemplate(PatchesDirectory);

    /// <summary>The whole <c>#cloud-config</c> document.</summary>
    public string ToCloudConfig()
    {
        var document = NodeBase.NewDocument()
            .Add("write_files", NodeBase.KernelFiles.Concat(KubernetesNodeSoftware.WriteFiles(Software)).Concat(
            [
                WriteFile(KubeletPatchPath, KubeletPatch()),
                WriteFile(KubeletEnvironmentPath, $"KUBELET_EXTRA_ARGS=--node-labels={NodeLabelsArgument()}\n"),
                WriteFile(WorkerJoin.ConfigTemplatePath, JoinConfigTemplate()),
                WriteFile(WorkerJoin.SettingsPath, Join.Settings()),
                WriteFile(WorkerJoinScript.InstallPath, WorkerJoinScript.Text, "0755"),
            ]).Concat(Hardware.SelectMany(h => h.WriteFiles)).Concat(Sequence.WriteFiles).ToArray())
            .Add("runcmd", BootService.StartCommands);

        return "#cloud-config\n" + CloudConfigDialect.Render(document);
    }

    private string NodeLabelsArgument() =>
        string.Join(',', Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Key}={l.Value}")));

    private static OrderedMap WriteFile(string path, string content, string permissions = "0644") => NodeBase.WriteFile(path, permissions, content);
}
