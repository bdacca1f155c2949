using Infra.Emit.PulumiYaml;
using Infra.Kubernetes.Calico;
using Infra.Kubernetes.Core;
using Infra.Kubernetes.Meta;
using Infra.Kubernetes.Networking;
using Infra.Model;
using Infra.Platform;
using Infra.Tests.Support;

namespace Infra.Tests.Platform;

public class InstanceMetadataDenyTests
{
    private readonly InfraProgram program = new("test", "test");

    private static GlobalNetworkPolicySpec Spec => (GlobalNetworkPolicySpec)InstanceMetadataDeny.Policy.Spec!;

    [Fact]
    public void It_denies_egress_to_the_metadata_address_from_application_namespaces_only()
    {
        Assert.Equal("platform.infra/namespace-kind == 'application'", Spec.NamespaceSelector);
        Assert.Equal([PolicyType.Egress], Spec.Types);
        var rule = Assert.Single(Spec.Egress!);
        Assert.Equal((CalicoAction.Deny, "169.254.169.254/32"), (rule.Action, Assert.Single(rule.Destination!.Nets!)));
    }

    [Fact]
    public void It_applies_before_the_kubernetes_network_policies_which_calico_orders_at_1000()
    {
        Assert.True(Spec.Order < 1000, $"order {Spec.Order} is not before the Kubernetes policies");
    }

    [Fact]
    public void It_is_a_calico_global_network_policy_of_the_api_server_group()
    {
        Assert.Equal(("projectcalico.org/v3", "GlobalNetworkPolicy", "deny-instance-metadata"),
            (InstanceMetadataDeny.Policy.ApiVersion, InstanceMetadataDeny.Policy.Kind, InstanceMetadataDeny.Policy.Metadata.Name!.Value.KnownValue));
    }

    [Fact]
    public void The_policy_emits_the_reviewed_pulumi_yaml()
    {
        var calico = new KubernetesNamespace(program.Root, "calico", new NamespaceArgs { Metadata = new ObjectMeta { Name = "tigera-operator" } });
        _ = new InstanceMetadataDeny(program.Root, "imds", new ResourceOptions { DependsOn = [calico] });

        Golden.AssertMatches(PulumiYamlEmitter.ToYaml(program), "instance-metadata-deny.yaml");
    }

    [Fact]
    public void It_waits_for_what_it_is_given_to_depend_on()
    {
        var calico = new PlatformNamespace(program.Root, "tigera-operator", new PlatformNamespaceArgs { Kind = NamespaceKind.Platform });

        var deny = new InstanceMetadataDeny(program.Root, "imds", new ResourceOptions { DependsOn = [calico.Namespace] });

        Assert.Equal([calico.Namespace], deny.Policies.Options.DependsOn);
    }

    [Fact]
    public void It_refuses_to_be_applied_without_depending_on_calico()
    {
        var error = Assert.Throws<ArgumentException>(() => new InstanceMetadataDeny(program.Root, "imds", ResourceOptions.None));

        Assert.Contains("Calico's API server objects", error.Message, StringComparison.Ordinal);
    }
}
