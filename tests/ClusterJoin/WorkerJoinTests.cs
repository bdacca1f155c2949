using Infra.Aws.Iam;
using Infra.ClusterJoin;
using Infra.Model;
using Infra.NodeIam;
using Infra.NodePools;
using Infra.Tests.Aws;
using Infra.Tests.ControlPlane;
using Infra.Tests.NodePools;
using Infra.Tests.Pki;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.ClusterJoin;

public class WorkerJoinTests
{
    private static readonly WorkerJoin Join = NodePoolFixture.Join;

    private static YamlMappingNode Template()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Join.ConfigTemplate(NodeBootstrap.PatchesDirectory)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string At(YamlNode node, params string[] path) =>
        path.Aggregate(node, (current, key) => ((YamlMappingNode)current).Children[new YamlScalarNode(key)]).ToString();

    [Fact]
    public void The_join_template_conforms_to_kubeadm_v1beta4()
    {
        Assert.Empty(KubeadmV1Beta4Schema.Validate(Join.ConfigTemplate(NodeBootstrap.PatchesDirectory)));
    }

    [Fact]
    public void Nodes_discover_the_cluster_at_its_api_name_with_a_token_pinned_to_the_ca()
    {
        var template = Template();

        Assert.Equal("api.prod.k8s.internal:6443", At(template, "discovery", "bootstrapToken", "apiServerEndpoint"));
        Assert.Equal(WorkerJoin.TokenPlaceholder, At(template, "discovery", "bootstrapToken", "token"));
        var pins = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)template.Children[new YamlScalarNode("discovery")])
            .Children[new YamlScalarNode("bootstrapToken")]).Children[new YamlScalarNode("caCertHashes")];
        Assert.Equal(WorkerJoin.CaCertHashPlaceholder, Assert.Single(pins).ToString());
    }

    [Fact]
    public void The_placeholders_have_the_shape_kubeadm_accepts()
    {
        Assert.Matches("^[a-z0-9]{6}\\.[a-z0-9]{16}$", WorkerJoin.TokenPlaceholder);
        Assert.Matches("^sha256:[0-9a-f]{64}$", WorkerJoin.CaCertHashPlaceholder);
    }

    [Fact]
    public void The_kubelet_leaves_node_initialisation_to_the_external_cloud_controller()
    {
        var args = (YamlSequenceNode)((YamlMappingNode)Template().Children[new YamlScalarNode("nodeRegistration")]).Children[new YamlScalarNode("kubeletExtraArgs")];

        var arg = Assert.Single(args);
        Assert.Equal("cloud-provider", At(arg, "name"));
        Assert.Equal("external", At(arg, "value"));
    }

    [Fact]
    public void The_join_applies_the_pools_kubelet_patches()
    {
        Assert.Equal(NodeBootstrap.PatchesDirectory, At(Template(), "patches", "directory"));
    }

    [Fact]
    public void The_settings_name_the_region_the_parameters_and_the_twenty_minute_deadline()
    {
        var settings = Join.Settings().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);

        Assert.Equal("eu-west-1", settings["AWS_DEFAULT_REGION"]);
        Assert.Equal("/infra/prod/node/join/token", settings["JOIN_TOKEN_PARAMETER"]);
        Assert.Equal("/infra/prod/node/join/ca-cert-hash", settings["JOIN_CA_CERT_HASH_PARAMETER"]);
        Assert.Equal("1200", settings["JOIN_FETCH_TIMEOUT_SECONDS"]);
    }

    [Theory]
    [InlineData("api.prod.k8s.internal")]
    [InlineData("api.prod.k8s.internal:0")]
    [InlineData("https://api.prod.k8s.internal:6443/")]
    public void An_endpoint_that_is_not_host_and_port_is_refused_with_the_fix(string endpoint)
    {
        var error = Assert.Throws<ArgumentException>(() => (Join with { ApiEndpoint = endpoint }).Validate("node pool 'general'", "args"));

        Assert.Contains($"'{endpoint}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ClusterDomain.ApiEndpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_that_is_not_a_region_name_is_refused_with_the_fix()
    {
        var error = Assert.Throws<ArgumentException>(() => (Join with { Region = "eu west 1" }).Validate("node pool 'general'", "args"));

        Assert.Contains("'eu west 1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Workers_may_decrypt_the_join_parameters_and_nothing_else_of_the_pki()
    {
        var (program, pki) = PkiProgram.Build();
        var roles = new NodeRoles(program.Root, "node-iam", new NodeRolesArgs { ClusterName = "prod", Tags = PkiProgram.Args.Tags });

        var policy = Join.AllowRead(pki, roles.Worker.Role.RoleName);

        Assert.Same(roles.Worker.Role, OutputReferences.Source(policy.Args.Role));
        var statement = Assert.Single(Assert.IsType<PolicyDocument>(Assert.IsType<FunctionCall>(policy.Args.Policy.Node).Argument).Statement);
        Assert.Equal(["kms:Decrypt"], statement.Action);
        var parameterArn = ExprText.Of(Assert.Single(statement.Condition!["StringLike"]["kms:EncryptionContext:PARAMETER_ARN"]));
        Assert.EndsWith(":parameter/infra/prod/node/join/*", parameterArn, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parameters_sit_under_the_path_the_worker_role_may_read()
    {
        var program = new InfraProgram("infra", "join test");
        var roles = new NodeRoles(program.Root, "node-iam", new NodeRolesArgs { ClusterName = "prod", Tags = PkiProgram.Args.Tags });

        Assert.Equal(JoinParameters.Under(roles.WorkerParameterPath), Join.Parameters);
    }
}
