using Infra.Kubernetes.Calico;
using Infra.Kubernetes.Networking;

namespace Infra.Tests.Kubernetes.Calico;

public class GlobalNetworkPolicyTests
{
    [Fact]
    public void A_global_network_policy_is_a_cluster_scoped_object_of_the_calico_api()
    {
        var spec = new GlobalNetworkPolicySpec { Types = [PolicyType.Egress] };

        var policy = GlobalNetworkPolicy.Of("deny-something", spec);

        Assert.Equal(("projectcalico.org/v3", "GlobalNetworkPolicy"), (policy.ApiVersion, policy.Kind));
        Assert.Equal("deny-something", policy.Metadata.Name!.Value.KnownValue);
        Assert.Null(policy.Metadata.Namespace);
        Assert.Same(spec, policy.Spec);
    }
}
