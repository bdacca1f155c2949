using Infra.Emit.PulumiYaml;
using Infra.Kubernetes;
using Infra.Kubernetes.Core;
using Infra.Kubernetes.Helm;
using Infra.Kubernetes.Meta;
using Infra.Kubernetes.Yaml;
using Infra.Model;

namespace Infra.Tests.Kubernetes;

public class KubernetesResourceTests
{
    private readonly InfraProgram program = new("test", "test");

    [Fact]
    public void A_kubernetes_object_exposes_api_version_kind_and_metadata_for_manifest_renderers()
    {
        var metadata = new ObjectMeta { Name = "apps" };
        _ = new KubernetesNamespace(program.Root, "apps", new NamespaceArgs { Metadata = metadata });

        var ns = program.ResourcesOf<IKubernetesObject>().Single();

        Assert.Equal(("v1", "Namespace"), (ns.ApiVersion, ns.Kind));
        Assert.Same(metadata, ns.Metadata);
    }

    [Fact]
    public void The_provider_pins_its_plugin_version_itself()
    {
        var provider = new KubernetesProvider(program.Root, "cluster", new KubernetesProviderArgs { EnableServerSideApply = true });

        Assert.Equal("pulumi:providers:kubernetes", provider.Type);
        Assert.Equal(ProviderVersions.Kubernetes, provider.Options.Version);
    }

    [Fact]
    public void Resources_in_a_provider_scope_use_that_provider()
    {
        var provider = new KubernetesProvider(program.Root, "cluster", new KubernetesProviderArgs());

        var ns = new KubernetesNamespace(provider.ScopeFor(program.Root), "apps", new NamespaceArgs());

        Assert.Same(provider, ns.Options.Provider);
    }

    [Fact]
    public void A_helm_release_is_the_v3_release_with_typed_values()
    {
        var release = new HelmRelease<TestValues>(program.Root, "metrics", new HelmReleaseArgs<TestValues>
        {
            Chart = "metrics-server",
            Version = "3.12.2",
            RepositoryOpts = new RepositoryOpts { Repo = "https://charts.example.com/metrics-server" },
            Values = new TestValues { Replicas = 2 },
        });

        var yaml = PulumiYamlEmitter.ToYaml(program);

        Assert.Equal("kubernetes:helm.sh/v3:Release", release.Type);
        Assert.Contains("      values:\n        replicas: 2\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      repositoryOpts:\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_group_is_the_v2_group_and_writes_its_objects_under_objs()
    {
        var group = new ConfigGroup(program.Root, "calico", new ConfigGroupArgs
        {
            Objs =
            [
                new CustomObject
                {
                    ApiVersion = "crd.projectcalico.org/v1",
                    Kind = "IPPool",
                    Metadata = new ObjectMeta { Name = "default" },
                    Spec = new Dictionary<string, object> { ["cidr"] = "10.244.0.0/16" },
                },
            ],
        });

        var yaml = PulumiYamlEmitter.ToYaml(program);

        Assert.Equal("kubernetes:yaml/v2:ConfigGroup", group.Type);
        Assert.Contains("      objs:\n        - apiVersion: crd.projectcalico.org/v1\n          kind: IPPool\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void An_int_or_string_holding_a_number_is_written_as_a_bare_number()
    {
        _ = new Service(program.Root, "web", new ServiceArgs
        {
            Spec = new ServiceSpec { Ports = [new ServicePort { Port = 80, TargetPort = 8080 }] },
        });

        Assert.Contains("targetPort: 8080\n", PulumiYamlEmitter.ToYaml(program), StringComparison.Ordinal);
    }

    [Fact]
    public void An_int_or_string_holding_a_name_is_written_as_a_string()
    {
        _ = new Service(program.Root, "web", new ServiceArgs
        {
            Spec = new ServiceSpec { Ports = [new ServicePort { Port = 80, TargetPort = "http" }] },
        });

        Assert.Contains("targetPort: http\n", PulumiYamlEmitter.ToYaml(program), StringComparison.Ordinal);
    }

    private sealed record TestValues
    {
        public int? Replicas { get; init; }
    }
}
