using Infra.Aws.Iam;
using Infra.Aws.Ssm;
using Infra.Emit.PulumiYaml;
using Infra.Model;
using Infra.NodeIam;
using Infra.Pki;
using Infra.Tests.Aws;
using Infra.Tls;

namespace Infra.Tests.Pki;

public class ClusterPkiTests
{
    private static CertRequest RequestOf(InfraProgram program, string commonName) =>
        program.ResourcesOf<CertRequest>().Single(r => r.Args.Subject?.CommonName == commonName);

    private static LocallySignedCert CertificateFor(InfraProgram program, CertRequest request) =>
        program.ResourcesOf<LocallySignedCert>().Single(c => OutputReferences.Source(c.Args.CertRequestPem) == request);

    private static IEnumerable<Parameter> ParametersUnder(InfraProgram program, string path) =>
        program.ResourcesOf<Parameter>().Where(p => ExprText.Of(p.Args.Name).StartsWith(path + "/", StringComparison.Ordinal));

    [Fact]
    public void Etcd_member_certificates_name_the_members_dns_name_and_private_ip()
    {
        var (program, _) = PkiProgram.Build();

        foreach (var member in PkiProgram.Members)
        {
            var request = RequestOf(program, member.Name);
            Assert.Contains(member.DnsName.KnownValue, request.Args.DnsNames!.Select(ExprText.Of));
            Assert.Contains(member.PrivateIp.KnownValue, request.Args.IpAddresses!.Select(ExprText.Of));
        }
    }

    [Fact]
    public void Etcd_member_certificates_serve_clients_and_dial_peers()
    {
        var (program, _) = PkiProgram.Build();

        foreach (var member in PkiProgram.Members)
        {
            var uses = CertificateFor(program, RequestOf(program, member.Name)).Args.AllowedUses;
            Assert.Contains(CertificateUse.ServerAuth, uses);
            Assert.Contains(CertificateUse.ClientAuth, uses);
        }
    }

    [Fact]
    public void Etcd_certificates_are_issued_by_the_etcd_ca_and_the_admins_by_the_cluster_ca()
    {
        var (program, pki) = PkiProgram.Build();

        string IssuerOf(string commonName) => ExprText.Of(CertificateFor(program, RequestOf(program, commonName)).Args.CaCertPem);

        Assert.NotEqual(ExprText.Of(pki.EtcdCaCertPem), ExprText.Of(pki.ClusterCaCertPem));
        Assert.All(PkiProgram.Members, member => Assert.Equal(ExprText.Of(pki.EtcdCaCertPem), IssuerOf(member.Name)));
        Assert.Equal(ExprText.Of(pki.EtcdCaCertPem), IssuerOf("kube-apiserver-etcd-client"));
        Assert.Equal(ExprText.Of(pki.ClusterCaCertPem), IssuerOf("kubernetes-admin"));
    }

    [Fact]
    public void The_admin_certificate_is_in_the_revocable_kubeadm_cluster_admins_group_not_system_masters()
    {
        var (program, _) = PkiProgram.Build();

        var admin = RequestOf(program, "kubernetes-admin");

        Assert.Equal("kubeadm:cluster-admins", admin.Args.Subject!.Organization);
        Assert.DoesNotContain("system:masters", PulumiYamlEmitter.ToYaml(program), StringComparison.Ordinal);
    }

    [Fact]
    public void Private_keys_flow_only_into_signing_inputs_and_secure_parameters()
    {
        var (program, _) = PkiProgram.Build();

        var keyUses = OutputReferences.In(program).Where(r => r.Reference.Resource is PrivateKey && r.Reference.PropertyPath == "privateKeyPem").ToList();

        Assert.NotEmpty(keyUses);
        Assert.All(keyUses, use => Assert.True(
            use is { Consumer: CertRequest or SelfSignedCert, Property: "privateKeyPem" }
            or { Consumer: LocallySignedCert, Property: "caPrivateKeyPem" }
            or { Consumer: Parameter { Args.Type: ParameterType.SecureString }, Property: "value" },
            $"{use.Consumer.Name}.{use.Property} receives a private key"));
    }

    [Fact]
    public void The_emitted_program_carries_private_keys_only_as_references_to_secret_outputs()
    {
        var (program, _) = PkiProgram.Build();

        var yaml = PulumiYamlEmitter.ToYaml(program);
        var keyLines = yaml.Split('\n').Where(line => line.Contains("privateKeyPem", StringComparison.Ordinal)).Select(line => line.Trim()).ToList();

        Assert.DoesNotContain("PRIVATE KEY", yaml, StringComparison.Ordinal);
        Assert.NotEmpty(keyLines);
        Assert.All(keyLines, line => Assert.Matches(@"^(privateKeyPem|caPrivateKeyPem|value): \$\{[a-z0-9-]+-key\.privateKeyPem\}$", line));
        Assert.Empty(program.Outputs);
    }

    [Fact]
    public void Every_parameter_is_a_secure_string_encrypted_with_the_components_kms_key()
    {
        var (program, pki) = PkiProgram.Build();

        var parameters = program.ResourcesOf<Parameter>().ToList();

        Assert.NotEmpty(parameters);
        Assert.All(parameters, p =>
        {
            Assert.Equal(ParameterType.SecureString, p.Args.Type);
            Assert.Same(pki.EncryptionKey, OutputReferences.Source(p.Args.KeyId!.Value));
        });
    }

    [Fact]
    public void Every_parameter_keeps_its_value_secret_in_state()
    {
        var (program, _) = PkiProgram.Build();

        Assert.All(program.ResourcesOf<Parameter>(), p => Assert.Contains("value", p.Options.AdditionalSecretOutputs));
    }

    [Fact]
    public void Ca_keys_the_service_account_key_and_the_kms_key_are_protected_and_leaf_keys_are_not()
    {
        var (program, pki) = PkiProgram.Build();

        var caKeys = new[] { pki.ClusterCa.PrivateKeyPem, pki.FrontProxyCa.PrivateKeyPem, pki.EtcdCa.PrivateKeyPem, pki.ServiceAccountKey.PrivateKeyPem }
            .Select(OutputReferences.Source).ToList();

        Assert.All(caKeys, key => Assert.True(key!.Options.Protect, $"{key.Name} is not protected"));
        Assert.True(pki.EncryptionKey.Options.Protect);
        Assert.All(program.ResourcesOf<PrivateKey>().Where(k => !caKeys.Contains(k)), key => Assert.False(key.Options.Protect, $"{key.Name} is protected"));
    }

    [Fact]
    public void Each_etcd_member_reads_its_own_key_and_no_other_members()
    {
        var (program, pki) = PkiProgram.Build();

        foreach (var member in PkiProgram.Members)
        {
            var names = ParametersUnder(program, pki.Paths.EtcdMember(member.Name)).Select(p => ExprText.Of(p.Args.Name)).ToList();
            Assert.Equal(ExprText.Of(pki.EtcdMembers[member.Name].KeyParameter.Args.Name), Assert.Single(names, n => n.EndsWith(".key", StringComparison.Ordinal)));
            Assert.Equal(3, names.Count);
        }
    }

    [Fact]
    public void Control_plane_credentials_sit_under_the_path_the_control_plane_role_may_read()
    {
        var (program, pki) = PkiProgram.Build();
        var roles = new NodeRoles(program.Root, "node-iam", new NodeRolesArgs { ClusterName = PkiProgram.Args.ClusterName, Tags = PkiProgram.Args.Tags });

        var controlPlane = new[] { pki.ClusterCa, pki.FrontProxyCa, pki.ApiServerEtcdClient }
            .SelectMany(c => new[] { c.CertParameter, c.KeyParameter, c.IssuerCertParameter })
            .Append(pki.ServiceAccountKey.PublicKeyParameter)
            .Append(pki.ServiceAccountKey.PrivateKeyParameter)
            .OfType<Parameter>()
            .Select(p => ExprText.Of(p.Args.Name))
            .ToList();

        Assert.Equal(9, controlPlane.Count);
        Assert.All(controlPlane, name => Assert.StartsWith(roles.ControlPlaneParameterPath + "/", name, StringComparison.Ordinal));
    }

    [Fact]
    public void Neither_node_role_may_read_the_operator_path_with_the_etcd_ca_key()
    {
        var (program, pki) = PkiProgram.Build();
        var roles = new NodeRoles(program.Root, "node-iam", new NodeRolesArgs { ClusterName = PkiProgram.Args.ClusterName, Tags = PkiProgram.Args.Tags });

        var etcdCaKey = ExprText.Of(pki.EtcdCa.KeyParameter.Args.Name);

        Assert.DoesNotContain(new[] { roles.ControlPlaneParameterPath, roles.WorkerParameterPath }, path => etcdCaKey.StartsWith(path + "/", StringComparison.Ordinal));
    }

    [Fact]
    public void Leaf_certificates_live_and_renew_as_configured_and_cas_never_renew_early()
    {
        var validity = new CertificateValidity { CaHours = 50_000, LeafHours = 2_000, LeafEarlyRenewalHours = 100 };
        var (program, _) = PkiProgram.Build(PkiProgram.Args with { Validity = validity });

        Assert.All(program.ResourcesOf<LocallySignedCert>(), c =>
        {
            Assert.Equal(validity.LeafHours, c.Args.ValidityPeriodHours);
            Assert.Equal(validity.LeafEarlyRenewalHours, c.Args.EarlyRenewalHours);
        });
        Assert.All(program.ResourcesOf<SelfSignedCert>(), c =>
        {
            Assert.Equal(validity.CaHours, c.Args.ValidityPeriodHours);
            Assert.Null(c.Args.EarlyRenewalHours);
        });
    }

    [Fact]
    public void The_decrypt_grant_is_limited_to_parameters_under_the_given_path()
    {
        var (_, pki) = PkiProgram.Build();

        var statement = pki.DecryptStatement(pki.Paths.EtcdMember("etcd-a"));

        Assert.Equal(["kms:Decrypt"], statement.Action);
        Assert.Same(pki.EncryptionKey, OutputReferences.Source(Assert.Single(statement.Resource!)));
        var parameterArn = ExprText.Of(Assert.Single(statement.Condition!["StringLike"]["kms:EncryptionContext:PARAMETER_ARN"]));
        Assert.EndsWith(":parameter/infra/prod/etcd/etcd-a/pki/*", parameterArn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_allowed_to_decrypt_gets_the_decrypt_grant_for_its_path_only()
    {
        var (program, pki) = PkiProgram.Build();
        var roles = new NodeRoles(program.Root, "node-iam", new NodeRolesArgs { ClusterName = PkiProgram.Args.ClusterName, Tags = PkiProgram.Args.Tags });

        var policy = pki.AllowDecrypt("control-plane", roles.ControlPlane.Role.RoleName, pki.Paths.ControlPlane);

        Assert.Same(roles.ControlPlane.Role, OutputReferences.Source(policy.Args.Role));
        var document = Assert.IsType<PolicyDocument>(Assert.IsType<FunctionCall>(policy.Args.Policy.Node).Argument);
        var statement = Assert.Single(document.Statement);
        Assert.Equal(["kms:Decrypt"], statement.Action);
        var parameterArn = ExprText.Of(Assert.Single(statement.Condition!["StringLike"]["kms:EncryptionContext:PARAMETER_ARN"]));
        Assert.EndsWith($":parameter{pki.Paths.ControlPlane}/*", parameterArn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_name_used_twice_is_refused_with_the_fix()
    {
        var members = PkiProgram.Members.Append(PkiProgram.Members[0]).ToList();

        var error = Assert.Throws<ArgumentException>(() => PkiProgram.Build(PkiProgram.Args with { EtcdMembers = members }));

        Assert.Contains("'etcd-a' is used 2 times", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_ip_that_is_not_an_address_is_refused_with_the_fix()
    {
        var members = PkiProgram.Members.Select((m, i) => i == 1 ? m with { PrivateIp = "10.0.2" } : m).ToList();

        var error = Assert.Throws<ArgumentException>(() => PkiProgram.Build(PkiProgram.Args with { EtcdMembers = members }));

        Assert.Contains("'10.0.2', which is not an IP address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_early_renewal_window_as_long_as_the_certificate_is_refused()
    {
        var validity = new CertificateValidity { LeafHours = 720, LeafEarlyRenewalHours = 720 };

        var error = Assert.Throws<ArgumentException>(() => PkiProgram.Build(PkiProgram.Args with { Validity = validity }));

        Assert.Contains("early renewal of 720 hours", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_args_give_the_same_program()
    {
        Assert.Equal(PulumiYamlEmitter.ToYaml(PkiProgram.Build().Program), PulumiYamlEmitter.ToYaml(PkiProgram.Build().Program));
    }
}
