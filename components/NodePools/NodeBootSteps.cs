using Infra.Boot;
using Infra.Software;

namespace Infra.NodePools;

/// <summary>
/// The boot steps every Kubernetes node starts with, worker and control plane alike, in this order: the AWS CLI
/// (<see cref="AwsCliSnap"/>), the node software (<see cref="SoftwareInstaller"/>), then the kernel and
/// containerd preparation (<see cref="NodeBase.PreparationCommands"/>). The node's own steps (init, join) follow.
/// </summary>
public static class NodeBootSteps
{
    // Declared before Steps: static initializers run in order.
    private static BootStep PrepareNode { get; } =
        BootStep.Retried("prepare-node", "load the kernel modules and settings, configure containerd", "prepare_node");

    public static IReadOnlyList<BootStep> Steps { get; } =
    [
        AwsCliSnap.Step,
        BootStep.Retried("install-software", "install the node software", $"\"$BOOT_ROOT{SoftwareInstaller.InstallPath}\""),
        PrepareNode,
    ];

    /// <summary>
    /// <see cref="Steps"/> with a pool's own steps (<see cref="IPoolBootSteps"/>) after the software is installed and
    /// before <c>prepare-node</c> starts containerd, which then reads its configuration with the pool's drivers in place.
    /// </summary>
    public static IReadOnlyList<BootStep> With(IEnumerable<IPoolBootSteps> pool) =>
        [.. Steps.Where(step => step != PrepareNode), .. pool.SelectMany(p => p.Steps), PrepareNode];

    /// <summary>The functions <see cref="Steps"/> call.</summary>
    public static string Functions =>
        AwsCliSnap.Function + $"prepare_node() {{\n{string.Concat(NodeBase.PreparationCommands.Select(c => $"  {c}\n"))}}}\n";
}
