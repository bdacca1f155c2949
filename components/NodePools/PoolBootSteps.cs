using Infra.Boot;
using Infra.Emit;

namespace Infra.NodePools;

/// <summary>
/// Boot work only some pools do, for the hardware they run on (GPUs, instance-store disks): bash definitions, the
/// steps that call them and the files cloud-init writes for them. The node runs the steps after the node software is
/// installed and before containerd starts (<see cref="NodeBootSteps.With"/>), so the runtime starts with its drivers
/// and its disks in place.
/// </summary>
public interface IPoolBootSteps
{
    /// <summary>Variables and functions the steps call, in bash.</summary>
    string Definitions { get; }

    IReadOnlyList<BootStep> Steps { get; }

    /// <summary>Files cloud-init writes before the boot runs.</summary>
    IReadOnlyList<OrderedMap> WriteFiles { get; }
}
