using Infra.Aws;
using Infra.Aws.Iam;
using Infra.ClusterJoin;
using Infra.Model;
using Infra.NodeIam;
using Infra.Tests.Aws;
using Infra.Tests.Pki;

namespace Infra.Tests.ClusterJoin;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class JoinTokenPublisherTests
{
    private static readonly IReadOnlyList<string> ParameterArns =
    [
        "arn:<variable aws-partition>:ssm:<variable aws-region>:<variable aws-account-id>:parameter/infra/prod/node/join/token",
        "arn:<variable aws-partition>:ssm:<variable aws-region>:<variable aws-account-id>:parameter/infra/prod/node/join/ca-cert-hash",
    ];

    [Fact]
    public void Tokens_are_refreshed_every_30_minutes_and_live_four_intervals()
    {
        var publisher = JoinFixture.Publisher();

        Assert.Contains("OnUnitActiveSec=30min\n", publisher.Timer.Content, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromHours(2), publisher.TokenTtl);
        Assert.Equal("120m", JoinFixture.ServiceEnvironment(publisher)["JOIN_TOKEN_TTL"]);
    }

    [Fact]
    public void The_token_lifetime_follows_the_refresh_interval()
    {
        var publisher = JoinFixture.Publisher(JoinFixture.PublisherArgs with { RefreshInterval = TimeSpan.FromMinutes(15) });

        Assert.Equal(TimeSpan.FromMinutes(60), publisher.TokenTtl);
        Assert.Contains("OnUnitActiveSec=15min\n", publisher.Timer.Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(361)]
    [InlineData(30.5)]
    public void A_refresh_interval_outside_whole_minutes_from_5_minutes_to_6_hours_is_refused(double minutes)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            JoinFixture.Publisher(JoinFixture.PublisherArgs with { RefreshInterval = TimeSpan.FromMinutes(minutes) }));

        Assert.Contains("use e.g. 30 minutes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_that_is_not_an_alias_is_refused_with_the_fix()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            JoinFixture.Publisher(JoinFixture.PublisherArgs with { KmsKeyId = "1234abcd-12ab-34cd-56ef-1234567890ab" }));

        Assert.Contains("ClusterPki.EncryptionKeyAliasName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_service_writes_the_workers_parameters_under_the_pki_key_in_the_stack_region()
    {
        var environment = JoinFixture.ServiceEnvironment(JoinFixture.Publisher());

        Assert.Equal("/infra/prod/node/join/token", environment["JOIN_TOKEN_PARAMETER"]);
        Assert.Equal("/infra/prod/node/join/ca-cert-hash", environment["JOIN_CA_CERT_HASH_PARAMETER"]);
        Assert.Equal("alias/infra/prod/pki", environment["JOIN_KMS_KEY_ID"]);
        Assert.Equal("eu-west-1", environment["AWS_DEFAULT_REGION"]);
        Assert.Equal("/etc/kubernetes/pki/ca.crt", environment["JOIN_CA_CERT"]);
    }

    [Fact]
    public void The_service_uses_the_key_alias_of_the_cluster_pki()
    {
        var (_, pki) = PkiProgram.Build();

        var publisher = JoinFixture.Publisher(JoinFixture.PublisherArgs with { KmsKeyId = pki.EncryptionKeyAliasName });

        Assert.Equal(ExprText.Of(pki.EncryptionKeyAlias.Args.Name), JoinFixture.ServiceEnvironment(publisher)["JOIN_KMS_KEY_ID"]);
    }

    [Fact]
    public void Systemd_accepts_the_service_and_the_timer()
    {
        var publisher = JoinFixture.Publisher();
        var directory = Directory.CreateTempSubdirectory("join-units-").FullName;
        try
        {
            // verify checks that ExecStart exists: point it at the script written here instead of /usr/local/sbin.
            var script = Path.Combine(directory, "kubeadm-join-token-publish");
            File.WriteAllText(script, publisher.Script.Content);
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var service = Path.Combine(directory, $"{JoinTokenPublisher.UnitName}.service");
            var timer = Path.Combine(directory, $"{JoinTokenPublisher.UnitName}.timer");
            File.WriteAllText(service, publisher.Service.Content.Replace(JoinTokenPublisherScript.InstallPath, script, StringComparison.Ordinal));
            File.WriteAllText(timer, publisher.Timer.Content);

            var result = Support.InstalledTool.Run("systemd-analyze", ["verify", service, timer]);

            Assert.True(result.ExitCode == 0 && result.Output.Length == 0, result.Output);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Cloud_init_installs_the_script_and_both_units()
    {
        var files = JoinFixture.Publisher().WriteFiles
            .Select(file => file.ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal))
            .ToDictionary(file => (string)file["path"], file => (string)file["permissions"], StringComparer.Ordinal);

        Assert.Equal(
            new Dictionary<string, string>
            {
                [JoinTokenPublisherScript.InstallPath] = "0755",
                ["/etc/systemd/system/kubeadm-join-token.service"] = "0644",
                ["/etc/systemd/system/kubeadm-join-token.timer"] = "0644",
            },
            files);
    }

    [Fact]
    public void Enabling_starts_the_timer_after_reloading_units()
    {
        Assert.Equal(["systemctl daemon-reload", "systemctl enable --now kubeadm-join-token.timer"], JoinTokenPublisher.EnableCommands);
    }

    [Fact]
    public void The_timer_runs_soon_after_boot_and_is_enabled_for_every_boot()
    {
        var timer = JoinFixture.Publisher().Timer.Content;

        Assert.Contains("OnBootSec=1min\n", timer, StringComparison.Ordinal);
        Assert.Contains("WantedBy=timers.target\n", timer, StringComparison.Ordinal);
    }

    [Fact]
    public void The_control_plane_may_put_exactly_the_two_join_parameters()
    {
        var statement = PublishStatements()[0];

        Assert.Equal(["ssm:PutParameter"], statement.Action);
        Assert.Equal(ParameterArns, statement.Resource!.Select(ExprText.Of));
        Assert.Null(statement.Condition);
    }

    [Fact]
    public void The_control_plane_may_encrypt_with_the_pki_key_only_through_ssm_for_those_parameters()
    {
        var (_, pki) = PkiProgram.Build();
        var statement = JoinFixture.Publisher().PublishStatements(AwsAccount.Of(pki.Scope), pki.EncryptionKey.Arn)[1];

        Assert.Equal(["kms:Encrypt", "kms:GenerateDataKey"], statement.Action);
        Assert.Same(pki.EncryptionKey, OutputReferences.Source(Assert.Single(statement.Resource!)));
        var conditions = Assert.Single(statement.Condition!);
        Assert.Equal("StringEquals", conditions.Key);
        Assert.Equal(ParameterArns, conditions.Value["kms:EncryptionContext:PARAMETER_ARN"].Select(ExprText.Of));
        Assert.Equal("ssm.<variable aws-region>.amazonaws.com", ExprText.Of(Assert.Single(conditions.Value["kms:ViaService"])));
    }

    [Fact]
    public void The_publish_grant_is_an_inline_policy_of_the_control_plane_role()
    {
        var (program, pki) = PkiProgram.Build();
        var roles = new NodeRoles(program.Root, "node-iam", new NodeRolesArgs { ClusterName = "prod", Tags = PkiProgram.Args.Tags });

        var policy = JoinFixture.Publisher().AllowPublish(pki.Scope, pki, roles.ControlPlane.Role.RoleName);

        Assert.Equal("pki-kubeadm-join-token-publish", policy.Name);
        Assert.Same(roles.ControlPlane.Role, OutputReferences.Source(policy.Args.Role));
        var document = Assert.IsType<PolicyDocument>(Assert.IsType<FunctionCall>(policy.Args.Policy.Node).Argument);
        Assert.Equal(["PublishJoinParameters", "EncryptJoinParameters"], document.Statement.Select(s => s.Sid));
    }

    private static IReadOnlyList<PolicyStatement> PublishStatements()
    {
        var (_, pki) = PkiProgram.Build();
        return JoinFixture.Publisher().PublishStatements(AwsAccount.Of(pki.Scope), pki.EncryptionKey.Arn);
    }
}
