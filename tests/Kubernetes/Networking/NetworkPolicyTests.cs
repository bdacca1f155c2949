using Infra.Kubernetes.Networking;

namespace Infra.Tests.Kubernetes.Networking;

public class NetworkPolicyTests
{
    [Fact]
    public void A_network_policy_is_a_networking_k8s_io_v1_object()
    {
        Assert.Equal(("networking.k8s.io/v1", "NetworkPolicy"), (NetworkPolicy.ObjectType.ApiVersion, NetworkPolicy.ObjectType.Kind));
    }

    [Fact]
    public void The_port_variants_name_their_protocol()
    {
        Assert.Equal((53, NetworkProtocol.Udp), ((int)NetworkPolicyPort.Udp(53).Port!.Value.Node, NetworkPolicyPort.Udp(53).Protocol));
        Assert.Equal((443, NetworkProtocol.Tcp), ((int)NetworkPolicyPort.Tcp(443).Port!.Value.Node, NetworkPolicyPort.Tcp(443).Protocol));
    }
}
