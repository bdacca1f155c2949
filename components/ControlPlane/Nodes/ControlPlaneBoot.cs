using Infra.Boot;
using Infra.ControlPlane.Protection;
using Infra.Emit;
using Infra.NodePools;

namespace Infra.ControlPlane.Nodes;

/// <summary>
/// The cloud-init user data of a control-plane node. Like a worker's, it installs the pinned node software
/// (<see cref="KubernetesNodeSoftware"/>);
/// then it writes the API server's protective files (audit policy, encryption and authentication
/// configuration), the kubeadm templates, the KMS plugin's static pod template and the boot
/// (<see cref="ControlPlaneBootScript.Sequence"/>), which systemd runs on every boot.
/// It carries no key material and no token: certificates, the key ARN and the join token are read from SSM at
/// boot (<see cref="ControlPlaneBootScript"/>), so the user data is the same text for every node and deploy.
/// </summary>
public sealed record ControlPlaneBoot
{
    public required NodeSoftware Software { get; init; }

    /// <summary>The API server's files; each directory is mounted into its static pod.</summary>
    public required IReadOnlyList<ApiServerFile> ApiServerFiles { get; init; }

    /// <summary>The kubeadm init file.</summary>
    public required string InitTemplate { get; init; }

    /// <summary>The kubeadm control-plane join file, with the token and pin placeholders.</summary>
    public required string JoinTemplate { get; init; }

    public required KmsPluginPod KmsPlugin { get; init; }

    public required ControlPlaneBootScript Script { get; init; }

    /// <summary>More files every control-plane node carries (e.g. the join-token publisher's script and units).</summary>
    public IReadOnlyList<OrderedMap> ExtraFiles { get; init; } = [];

    /// <summary>The whole <c>#cloud-config</c> document.</summary>
    public string ToCloudConfig()
    {
        var files = new List<OrderedMap>(NodeBase.KernelFiles);
        files.AddRange(KubernetesNodeSoftware.WriteFiles(Software));
        files.AddRange(ApiServerFiles.Select(file => NodeBase.WriteFile(file.Path, "0600", file.Content)));
        files.Add(NodeBase.WriteFile(ControlPlaneBootScript.InitConfigPath, "0600", InitTemplate));
        files.Add(NodeBase.WriteFile(ControlPlaneBootScript.JoinTemplatePath, "0600", JoinTemplate));
        files.Add(NodeBase.WriteFile(ControlPlaneBootScript.KmsPluginTemplatePath, "0600", KmsPlugin.ToYaml()));
        files.AddRange(ExtraFiles);
        files.AddRange(Script.Sequence.WriteFiles);

        var document = NodeBase.NewDocument()
            .Add("write_files", files)
            .Add("runcmd", BootService.StartCommands);
        return "#cloud-config\n" + CloudConfigDialect.Render(document);
    }
}
