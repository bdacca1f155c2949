namespace Infra.Calico;

/// <summary>Args of a <see cref="CalicoCni"/>: what the cluster stack decided, so both stacks agree.</summary>
public sealed record CalicoCniArgs
{
    /// <summary>The cluster's name: the operator reaches the API at <c>ClusterDomain.ApiHost</c> of it.</summary>
    public required string ClusterName { get; init; }

    /// <summary>The pod network (<c>infra:podCidr</c>), which kubeadm's <c>podSubnet</c> also names.</summary>
    public required string PodCidr { get; init; }

    /// <summary>The cluster's planned size (<c>infra:expectedNodes</c>): sizes Felix's IP sets.</summary>
    public required int ExpectedNodes { get; init; }

    /// <summary>The largest maxPods of any pool: sizes each node's pod block, as the address plan does.</summary>
    public required int LargestMaxPods { get; init; }

    /// <summary>
    /// The kernels the nodes boot, machines -> kernel release (the cluster stack's pinned images and the workers' image
    /// family), carried to policy NET-003 (<see cref="EbpfDataplaneAnnotation"/>); none known: nothing to check.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> NodeKernels { get; init; } = [];
}
