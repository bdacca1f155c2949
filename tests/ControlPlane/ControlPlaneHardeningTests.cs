using Infra.ControlPlane;
using Infra.ControlPlane.Kubeadm;
using Infra.ControlPlane.Protection;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.ControlPlane;

public class ControlPlaneHardeningTests
{
    private static readonly ApiServerComponent ApiServer = ControlPlaneComponents.ApiServer(ControlPlaneTuning.For(1000));

    [Theory]
    [InlineData("authorization-mode", "Node,RBAC")]
    [InlineData("enable-admission-plugins", "NodeRestriction,DenyServiceExternalIPs")]
    [InlineData("kubelet-certificate-authority", ControlPlanePaths.ClusterCa)]
    [InlineData("profiling", "false")]
    [InlineData("audit-log-path", ControlPlanePaths.AuditLogFile)]
    [InlineData("audit-log-maxage", "30")]
    [InlineData("audit-log-maxbackup", "10")]
    [InlineData("audit-log-maxsize", "100")]
    [InlineData("audit-policy-file", ControlPlanePaths.AuditPolicyFile)]
    [InlineData("service-account-lookup", "true")]
    [InlineData("service-account-extend-token-expiration", "false")]
    [InlineData("encryption-provider-config", ControlPlanePaths.EncryptionConfigFile)]
    [InlineData("authentication-config", ControlPlanePaths.AuthenticationConfigFile)]
    [InlineData("tls-min-version", "VersionTLS12")]
    public void Api_server_sets_the_cis_flag(string name, string value)
    {
        Assert.Contains(new Arg(name, value), ApiServer.ExtraArgs!);
    }

    [Fact]
    public void Api_server_offers_only_ecdhe_aead_cipher_suites()
    {
        var suites = ApiServer.ExtraArgs!.Single(a => a.Name == "tls-cipher-suites").Value.Split(',');

        Assert.All(suites, suite => Assert.Matches("^TLS_ECDHE_(ECDSA|RSA)_WITH_(AES_(128|256)_GCM|CHACHA20_POLY1305)_SHA(256|384)$", suite));
    }

    [Fact]
    public void Anonymous_auth_flag_is_left_to_the_authentication_configuration()
    {
        Assert.DoesNotContain(ApiServer.ExtraArgs!, a => a.Name == "anonymous-auth");
    }

    [Fact]
    public void Anonymous_requests_are_allowed_on_health_endpoints_and_the_discovery_read_only()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(AuthenticationConfiguration.HealthChecksAndDiscovery().ToYaml()));
        var anonymous = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("anonymous")];
        var paths = ((YamlSequenceNode)anonymous.Children[new YamlScalarNode("conditions")]).Children
            .Select(c => ((YamlScalarNode)((YamlMappingNode)c).Children[new YamlScalarNode("path")]).Value);

        Assert.Equal(["/api/v1/namespaces/kube-public/configmaps/cluster-info", "/healthz", "/livez", "/readyz"], paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_file_the_api_server_reads_is_mounted_into_its_pod()
    {
        var files = new[] { ControlPlanePaths.AuditPolicyFile, ControlPlanePaths.AuditLogFile, ControlPlanePaths.EncryptionConfigFile, ControlPlanePaths.AuthenticationConfigFile };

        Assert.All(files, file => Assert.Contains(ApiServer.ExtraVolumes!, v => file.StartsWith(v.MountPath + "/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Only_the_audit_log_and_kms_socket_directories_are_writable()
    {
        var writable = ApiServer.ExtraVolumes!.Where(v => !v.ReadOnly).Select(v => v.HostPath);

        Assert.Equal([ControlPlanePaths.AuditLogDirectory, ControlPlanePaths.KmsPluginDirectory], writable);
    }

    [Fact]
    public void Controller_manager_and_scheduler_disable_profiling()
    {
        var tuning = ControlPlaneTuning.For(1000);

        Assert.Contains(new Arg("profiling", "false"), ControlPlaneComponents.ControllerManager(tuning).ExtraArgs!);
        Assert.Contains(new Arg("profiling", "false"), ControlPlaneComponents.Scheduler(tuning).ExtraArgs!);
    }
}
