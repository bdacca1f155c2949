namespace Infra.Network;

/// <summary>
/// The size of each node's block of pod addresses, derived once from the largest <c>maxPods</c> of any pool: Calico's
/// IP pool <c>blockSize</c> and the <see cref="AddressPlan"/>'s count of blocks both read it, so the pod network is sized
/// with the blocks Calico really hands out.
/// <para>
/// The rule: a block holds at least <see cref="AddressesPerPod"/> addresses per pod slot. A node runs at most
/// <c>maxPods</c> pods, and as many may still be terminating with their addresses held (a Deployment's rolling update
/// on a full node); a node whose block is full borrows single addresses from other nodes' blocks, and each borrowed
/// address is a /32 route every other node must program. 110 pods (the kubelet's default, our pools at 5,000 nodes)
/// gives a /24 (256 addresses); 250 (the seed's, our pools up to 1,000 nodes) a /23 (512).
/// </para>
/// </summary>
public static class PodAddressBlock
{
    /// <summary>Addresses per pod slot: one for the running pod, one for the pod it replaces while that one terminates.</summary>
    public const int AddressesPerPod = 2;

    /// <summary>The largest IPv4 block Calico accepts (its IP pool's <c>blockSize</c> ranges over /20../32).</summary>
    public const int LargestPrefix = 20;

    /// <summary>The prefix length of each node's block for pools whose largest <c>maxPods</c> is <paramref name="largestMaxPods"/>.</summary>
    public static int PrefixFor(int largestMaxPods)
    {
        var largest = 1 << (32 - LargestPrefix);
        if (largestMaxPods < 1 || largestMaxPods * AddressesPerPod > largest)
        {
            throw new ArgumentOutOfRangeException(nameof(largestMaxPods), largestMaxPods,
                $"a pool's maxPods of {largestMaxPods} needs a pod block Calico cannot hand out: keep every pool's maxPods between 1 and {largest / AddressesPerPod}");
        }

        var prefix = 32;
        while ((1 << (32 - prefix)) < largestMaxPods * AddressesPerPod)
        {
            prefix--;
        }

        return prefix;
    }
}
