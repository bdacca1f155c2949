using System.Globalization;
using Infra.ClusterJoin;
using Infra.Emit;
using Infra.Software;

namespace Infra.NodePools;

/// <summary>
/// The cloud-init user data of a node: kernel settings Kubernetes needs, the pinned software's installer with
/// containerd's and the kubelet's units and configuration, and the pool's kubelet settings
/// written as a kubeadm patch (kubeadm join replaces /var/lib/kubelet/config.yaml with the
/// cluster-wide configuration and then applies patches from <see cref="PatchesDirectory"/>, so node-
/// specific settings survive the join). It ends with the join (<see cref="WorkerJoin"/>): a script reads the
/// bootstrap token and CA pin the control plane publishes to SSM and runs <c>kubeadm join</c>; the user data
/// itself carries only the parameters' names and a join template with placeholders, never the token.
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

    /// <summary>The kubeadm join configuration with placeholders for the token and CA pin, pointed at <see cref="PatchesDirectory"/>.</summary>
    public string JoinConfigTemplate() => Join.ConfigTemplate(PatchesDirectory);

    /// <summary>The whole <c>#cloud-config</c> document.</summary>
    public string ToCloudConfig()
    {
        var document = NodeBase.NewDocument()
            .Add("snap", new OrderedMap().Add("commands", AwsCliSnap.Commands))
            .Add("write_files", NodeBase.KernelFiles.Concat(KubernetesNodeSoftware.WriteFiles(Software)).Concat(
            [
                WriteFile(KubeletPatchPath, KubeletPatch()),
                WriteFile(KubeletEnvironmentPath, $"KUBELET_EXTRA_ARGS=--node-labels={NodeLabelsArgument()}\n"),
                WriteFile(WorkerJoin.ConfigTemplatePath, JoinConfigTemplate()),
                WriteFile(WorkerJoin.SettingsPath, Join.Settings()),
                WriteFile(WorkerJoinScript.InstallPath, WorkerJoinScript.Text, "0755"),
            ]).ToArray())
            // The join last: the kubelet, containerd and the files it reads are ready by then.
            .Add("runcmd", NodeBase.PreparationCommands.Append(WorkerJoin.JoinCommand).ToArray());

        return "#cloud-config\n" + CloudConfigDialect.Render(document);
    }

    private string NodeLabelsArgument() =>
        string.Join(',', Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Key}={l.Value}")));

    private static OrderedMap WriteFile(string path, string content, string permissions = "0644") => NodeBase.WriteFile(path, permissions, content);
}
