namespace Infra.Model;

/// <summary>
/// A configuration file a component generates and hands to a machine or a tool (cloud-init user
/// data, a kubelet config, a kubeadm config). Annotated on the resource that carries it, so
/// <c>infra render</c> can write it as a plain file a person can read and a tool can check.
/// </summary>
/// <param name="RelativePath">Where render writes it, e.g. <c>node-pools/general/cloud-init.yaml</c>.</param>
/// <param name="Content">The file's text, exactly as the machine receives it.</param>
public sealed record GeneratedFile(string RelativePath, string Content);
