using System.Globalization;
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
    /// The pool's whole kubelet configuration as a merge patch, not only the fields that differ from the control plane's:
    /// applied after kubeadm join downloads the cluster-wide base (the init file's document), it makes every field we
    /// set the pool's own whatever that base holds (a base uploaded by an older release, or re-uploaded by
    /// <c>kubeadm upgrade</c>), so a node runs exactly the configuration the tests validate.
    /// </summary>
    public string KubeletPatch() => (KubeletConfiguration.For(Kubelet) with
    {
        RegisterWithTaints = Taints.Count == 0 ? null : Taints.Select(Taint.From).ToArray(),
    }).ToYaml();

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
