using System.Globalization;
using Infra.Boot;
using Infra.ClusterJoin;
using Infra.Emit;

namespace Infra.NodePools;

/// <summary>
/// The cloud-init user data of a node: kernel settings Kubernetes needs, pinned containerd,
/// kubelet and kubeadm, containerd on the systemd cgroup driver, and the pool's kubelet settings
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

    /// <summary>Read by the kubelet's systemd drop-in from the kubeadm package: node labels go here.</summary>
    public const string KubeletEnvironmentPath = "/etc/default/kubelet";

    public required KubeletSettings Kubelet { get; init; }

    public required NodeSoftware Software { get; init; }

    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    public required IReadOnlyList<NodeTaint> Taints { get; init; }

    /// <summary>Where the node joins and where it reads its token.</summary>
    public required WorkerJoin Join { get; init; }

    /// <summary>
    /// Hard eviction thresholds (the seed's): 500Mi of memory, larger than the kubelet's 100Mi
    /// default because nodes with up to 250 pods allocate faster than the kubelet reacts; 10% disk
    /// and image disk, 5% inodes, which small-file-heavy images exhaust first.
    /// </summary>
    public static IReadOnlyDictionary<string, string> EvictionHard { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["imagefs.available"] = "10%",
        ["memory.available"] = "500Mi",
        ["nodefs.available"] = "10%",
        ["nodefs.inodesFree"] = "5%",
    };

    /// <summary>The kubelet configuration patch: only the fields this pool sets.</summary>
    public string KubeletPatch() => CloudConfigDialect.Render(new OrderedMap()
        .Add("apiVersion", "kubelet.config.k8s.io/v1beta1")
        .Add("kind", "KubeletConfiguration")
        .Add("maxPods", Kubelet.MaxPods)
        .Add("podsPerCore", KubeletSettings.PodsPerCore)
        .Add("kubeAPIQPS", Kubelet.KubeApiQps)
        .Add("kubeAPIBurst", Kubelet.KubeApiBurst)
        .Add("eventRecordQPS", Kubelet.EventRecordQps)
        .Add("eventBurst", Kubelet.EventBurst)
        // Parallel pulls start pods faster after scale-up; the cap keeps disk throughput for running pods.
        .Add("serializeImagePulls", false)
        .Add("maxParallelImagePulls", Kubelet.MaxParallelImagePulls)
        .Add("evictionHard", EvictionHard)
        .Add("registerWithTaints", Taints.Count == 0
            ? null
            : Taints.Select(t => new OrderedMap().Add("key", t.Key).Add("value", t.Value).Add("effect", t.Effect.ToString())).ToArray()));

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

            """,
        Steps =
        [
            .. NodeBootSteps.Steps,
            BootStep.WaitedFor("wait-for-api", $"the API at {Join.ApiEndpoint} to answer /readyz", TimeSpan.FromMinutes(ApiWaitMinutes), "api_ready"),
            BootStep.Retried("join", "kubeadm join", "join_cluster"),
        ],
    };

    /// <summary>The kubeadm join configuration with placeholders for the token and CA pin, pointed at <see cref="PatchesDirectory"/>.</summary>
    public string JoinConfigTemplate() => Join.ConfigTemplate(PatchesDirectory);

    /// <summary>The whole <c>#cloud-config</c> document.</summary>
    public string ToCloudConfig()
    {
        var document = NodeBase.NewDocument(Software)
            .Add("write_files", NodeBase.KernelFiles.Concat(
            [
                WriteFile(KubeletPatchPath, KubeletPatch()),
                WriteFile(KubeletEnvironmentPath, $"KUBELET_EXTRA_ARGS=--node-labels={NodeLabelsArgument()}\n"),
                WriteFile(WorkerJoin.ConfigTemplatePath, JoinConfigTemplate()),
                WriteFile(WorkerJoin.SettingsPath, Join.Settings()),
                WriteFile(WorkerJoinScript.InstallPath, WorkerJoinScript.Text, "0755"),
            ]).Concat(Sequence.WriteFiles).ToArray())
            .Add("runcmd", BootService.StartCommands);

        return "#cloud-config\n" + CloudConfigDialect.Render(document);
    }

    private string NodeLabelsArgument() =>
        string.Join(',', Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Key}={l.Value}")));

    private static OrderedMap WriteFile(string path, string content, string permissions = "0644") => NodeBase.WriteFile(path, permissions, content);
}
