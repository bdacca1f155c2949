namespace Infra.Tests.ControlPlane;

/// <summary>The schema check itself must catch what kubeadm would reject, or the conformance tests prove nothing.</summary>
public class KubeadmV1Beta4SchemaTests
{
    private const string Header = "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n";

    [Fact]
    public void Map_form_extra_args_are_rejected()
    {
        var problems = KubeadmV1Beta4Schema.Validate(Header + "apiServer:\n  extraArgs:\n    profiling: \"false\"\n");

        Assert.Contains(problems, p => p.StartsWith("ClusterConfiguration.apiServer.extraArgs: expected a list", StringComparison.Ordinal));
    }

    [Fact]
    public void Misspelled_field_is_rejected()
    {
        var problems = KubeadmV1Beta4Schema.Validate(Header + "controlPlaneEndPoint: api.prod.internal:6443\n");

        Assert.Contains("ClusterConfiguration: unknown field 'controlPlaneEndPoint'", problems);
    }

    [Fact]
    public void Field_from_another_kind_is_rejected()
    {
        var problems = KubeadmV1Beta4Schema.Validate(Header + "bootstrapTokens: []\n");

        Assert.Contains("ClusterConfiguration: unknown field 'bootstrapTokens'", problems);
    }

    [Fact]
    public void Quoted_number_for_an_integer_field_is_rejected()
    {
        var problems = KubeadmV1Beta4Schema.Validate("apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\nlocalAPIEndpoint:\n  bindPort: \"6443\"\n");

        Assert.Contains(problems, p => p.StartsWith("InitConfiguration.localAPIEndpoint.bindPort: expected a Integer", StringComparison.Ordinal));
    }

    [Fact]
    public void Unquoted_number_for_a_string_field_is_rejected()
    {
        var problems = KubeadmV1Beta4Schema.Validate(Header + "apiServer:\n  extraArgs:\n    - name: max-requests-inflight\n      value: 400\n");

        Assert.Contains(problems, p => p.StartsWith("ClusterConfiguration.apiServer.extraArgs[0].value: expected a String", StringComparison.Ordinal));
    }

    [Fact]
    public void Older_api_version_is_rejected()
    {
        var problems = KubeadmV1Beta4Schema.Validate("apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n");

        Assert.Single(problems);
    }
}
