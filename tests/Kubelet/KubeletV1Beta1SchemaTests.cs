namespace Infra.Tests.Kubelet;

/// <summary>The schema check must catch what the kubelet would reject, or the conformance tests prove nothing.</summary>
public class KubeletV1Beta1SchemaTests
{
    private const string Header = "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n";

    [Fact]
    public void Misspelled_field_is_rejected()
    {
        Assert.Contains("KubeletConfiguration: unknown field 'kubeApiQps'", KubeletV1Beta1Schema.Validate(Header + "kubeApiQps: 50\n"));
    }

    [Fact]
    public void Quoted_number_for_an_integer_field_is_rejected()
    {
        Assert.Contains(KubeletV1Beta1Schema.Validate(Header + "podPidsLimit: \"4096\"\n"), p => p.StartsWith("KubeletConfiguration.podPidsLimit: expected a Integer", StringComparison.Ordinal));
    }

    [Fact]
    public void A_map_where_a_list_belongs_is_rejected()
    {
        Assert.Contains(KubeletV1Beta1Schema.Validate(Header + "tlsCipherSuites:\n  first: TLS_AES_128_GCM_SHA256\n"), p => p.StartsWith("KubeletConfiguration.tlsCipherSuites: expected a list", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_nested_field_is_rejected()
    {
        Assert.Contains("KubeletConfiguration.authentication.anonymous: unknown field 'enable'", KubeletV1Beta1Schema.Validate(Header + "authentication:\n  anonymous:\n    enable: false\n"));
    }

    [Fact]
    public void Another_api_version_is_rejected()
    {
        Assert.Single(KubeletV1Beta1Schema.Validate("apiVersion: kubelet.config.k8s.io/v1\nkind: KubeletConfiguration\n"));
    }

    [Fact]
    public void A_kubeadm_file_checks_its_kubelet_document_against_the_kubelets_facts()
    {
        var problems = Infra.Tests.ControlPlane.KubeadmV1Beta4Schema.Validate("apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n---\n" + Header + "maxPod: 110\n");

        Assert.Equal(["KubeletConfiguration: unknown field 'maxPod'"], problems);
    }
}
