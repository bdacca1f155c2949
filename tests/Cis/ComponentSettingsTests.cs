using Infra.ControlPlane.Protection;
using Infra.Tests.ControlPlane;

namespace Infra.Tests.Cis;

public class ComponentSettingsTests
{
    private static readonly IReadOnlyDictionary<CisComponent, IReadOnlyDictionary<string, string>> ControlPlane =
        ComponentSettings.FromKubeadmConfig(KubeadmFixture.Init().Text);

    [Fact]
    public void Extra_args_replace_kubeadm_defaults_of_the_same_name_and_the_other_defaults_stay()
    {
        Assert.Equal("NodeRestriction,DenyServiceExternalIPs", ControlPlane[CisComponent.ApiServer]["enable-admission-plugins"]);
        Assert.Equal("/etc/kubernetes/pki/ca.crt", ControlPlane[CisComponent.ApiServer]["client-ca-file"]);
        Assert.Equal("true", ControlPlane[CisComponent.ControllerManager]["use-service-account-credentials"]);
    }

    [Fact]
    public void The_external_etcd_section_gives_the_api_server_its_etcd_flags()
    {
        var apiServer = ControlPlane[CisComponent.ApiServer];

        Assert.StartsWith("https://etcd-0.prod.internal:2379,", apiServer["etcd-servers"], StringComparison.Ordinal);
        Assert.Equal("/etc/kubernetes/pki/apiserver-etcd-client.crt", apiServer["etcd-certfile"]);
    }

    [Fact]
    public void A_kubelet_configuration_overrides_kubeadm_defaults_and_joins_lists_with_commas()
    {
        var kubelet = ComponentSettings.FromKubeletConfig("""
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            rotateCertificates: false
            tlsCipherSuites:
              - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
              - TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
            """);

        Assert.Equal("false", kubelet["rotateCertificates"]);
        Assert.Equal("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", kubelet["tlsCipherSuites"]);
        Assert.Equal("false", kubelet["authentication.anonymous.enabled"]);
    }

    [Fact]
    public void The_encryption_provider_is_the_one_that_encrypts_new_writes()
    {
        var encryption = ComponentSettings.FromEncryptionConfig(EncryptionConfiguration.SecretsWithKms(new KmsConfiguration()).ToYaml());

        Assert.Equal("kms", encryption["provider"]);
    }
}
