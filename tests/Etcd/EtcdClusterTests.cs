using Infra.Tests.Support;
using Infra.Aws.Ebs;
using Infra.Aws.Ec2;
using Infra.Aws.Iam;
using Infra.Aws.Route53;
using Infra.Etcd;
using Infra.Model;
using Infra.Network;

namespace Infra.Tests.Etcd;

public class EtcdClusterTests
{
    private static readonly (InfraProgram Program, EtcdCluster Etcd, EtcdClusterEc2Args Args) Built = EtcdClusterFixture.Build();

    private static EtcdCluster Etcd => Built.Etcd;

    [Fact]
    public void Five_members_spread_two_two_one_over_three_zones()
    {
        var perZone = Etcd.Members.GroupBy(m => m.DataVolume.Args.AvailabilityZone).Select(g => g.Count()).OrderDescending();

        Assert.Equal([2, 2, 1], perZone);
    }

    [Fact]
    public void Every_member_has_a_fixed_ip_inside_its_zone_private_subnet()
    {
        foreach (var member in Etcd.Members)
        {
            var zoneIndex = EtcdClusterFixture.Zones.ToList().IndexOf(member.Member.Zone);
            var subnet = Ipv4Cidr.Parse(EtcdClusterFixture.PrivateCidrs[zoneIndex]);

            Assert.Equal(member.PrivateIp, member.Instance.Args.PrivateIp);
            Assert.True(subnet.Contains(Ipv4Cidr.Parse($"{member.PrivateIp}/32")), $"{member.Member.Name} at {member.PrivateIp} is outside {subnet}");
        }

        Assert.Equal(Etcd.Members.Count, Etcd.Members.Select(m => m.PrivateIp).Distinct().Count());
    }

    [Fact]
    public void A_replaced_instance_is_deleted_first_so_its_replacement_takes_the_same_ip()
    {
        Assert.All(Etcd.Members, m => Assert.True(m.Instance.Options.DeleteBeforeReplace, m.Member.Name));
    }

    [Fact]
    public void Every_member_is_named_in_the_private_zone_with_an_a_record_to_its_fixed_ip()
    {
        foreach (var member in Etcd.Members)
        {
            var record = member.DnsRecord.Args;
            Assert.Equal($"{member.Member.Name}.{EtcdClusterFixture.Cluster.DnsDomain}", record.Name);
            Assert.Equal("A", record.Type);
            Assert.Equal(EtcdCluster.DnsTtlSeconds, record.Ttl);
            Assert.Equal(member.PrivateIp, Assert.Single(record.Records!).KnownValue);
        }
    }

    [Fact]
    public void Client_endpoints_are_https_urls_by_dns_name()
    {
        var endpoints = Etcd.ClientEndpoints.Split(',');

        Assert.Equal(Etcd.Members.Count, endpoints.Length);
        Assert.All(endpoints, e => Assert.StartsWith("https://", e, StringComparison.Ordinal));
        Assert.All(Etcd.Members, m => Assert.Contains($"https://{m.Member.Host}:2379", endpoints));
    }

    [Fact]
    public void Plain_http_appears_in_no_user_data_except_the_loopback_metrics_listener_and_the_instance_metadata_service()
    {
        foreach (var member in Etcd.Members)
        {
            var userData = UserDataText.Of(member.Instance.Args.UserDataBase64);
            var httpUrls = userData.Split("http://").Skip(1);

            // The metadata service is link-local and answers plain HTTP only (the boot library reads it).
            Assert.All(httpUrls, rest => Assert.True(rest.StartsWith("127.0.0.1:", StringComparison.Ordinal) || rest.StartsWith("169.254.169.254", StringComparison.Ordinal), rest[..Math.Min(40, rest.Length)]));
        }
    }

    [Fact]
    public void Data_volumes_are_encrypted_and_protected()
    {
        Assert.All(Etcd.Members, m =>
        {
            Assert.True(m.DataVolume.Args.Encrypted);
            Assert.True(m.DataVolume.Options.Protect);
            Assert.Equal(m.Member.Zone, m.DataVolume.Args.AvailabilityZone);
        });
    }

    [Fact]
    public void User_data_names_ssm_paths_and_carries_no_key_material()
    {
        foreach (var member in Etcd.Members)
        {
            var userData = UserDataText.Of(member.Instance.Args.UserDataBase64);

            Assert.DoesNotContain("-----BEGIN", userData, StringComparison.Ordinal);
            Assert.DoesNotContain("PRIVATE KEY", userData, StringComparison.Ordinal);
            Assert.Contains($"/infra/prod/etcd/{member.Member.Name}/pki/etcd/server.key", userData, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Each_member_role_reads_its_own_ssm_path_and_no_other_member_path()
    {
        foreach (var member in Etcd.Members)
        {
            var policy = PolicyText(member.Role.Permissions);

            Assert.Contains($"/infra/prod/etcd/{member.Member.Name}/*", policy, StringComparison.Ordinal);
            Assert.All(Etcd.Members.Where(other => other != member), other =>
                Assert.DoesNotContain($"/etcd/{other.Member.Name}/", policy, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Each_member_role_may_decrypt_its_own_certificates_through_the_pki_grant()
    {
        var decryptGrants = Built.Program.ResourcesOf<RolePolicy>().Where(p => p.Name.EndsWith("-decrypt", StringComparison.Ordinal)).ToList();

        Assert.All(Etcd.Members, m => Assert.Single(decryptGrants, g => g.Name == $"pki-{m.Member.Name}-decrypt"
            && g.Args.Role.ToString() == ((Expr<string>)m.Role.Role.RoleName).ToString()));
    }

    [Fact]
    public void The_aws_cli_is_on_the_path_systemd_services_run_with()
    {
        Assert.All(Etcd.Members, m => Assert.Contains("ln -sf /snap/bin/aws /usr/local/bin/aws", m.Boot.ToCloudConfig(), StringComparison.Ordinal));
    }

    [Fact]
    public void Instances_require_imdsv2_and_boot_from_an_encrypted_root()
    {
        Assert.All(Etcd.Members, m =>
        {
            Assert.Equal("required", m.Instance.Args.MetadataOptions!.HttpTokens);
            Assert.True(m.Instance.Args.RootBlockDevice!.Encrypted);
            Assert.True(m.Instance.Args.Monitoring);
        });
    }

    [Fact]
    public void Every_instance_carries_its_cloud_init_as_a_generated_file()
    {
        foreach (var member in Etcd.Members)
        {
            var file = Assert.Single(member.Instance.Annotations.OfType<GeneratedFile>());

            Assert.Equal($"etcd/{member.Member.Name}/cloud-init.yaml", file.RelativePath);
            Assert.Equal(UserDataText.Of(member.Instance.Args.UserDataBase64), file.Content);
        }
    }

    [Fact]
    public void An_instance_starts_only_after_the_parameters_it_reads_at_boot_exist()
    {
        foreach (var member in Etcd.Members)
        {
            var dependencies = member.Instance.Options.DependsOn.OfType<Infra.Aws.Ssm.Parameter>().Select(p => p.Args.Name.KnownValue).ToList();

            Assert.Contains($"/infra/prod/etcd/{member.Member.Name}/pki/etcd/server.key", dependencies);
            Assert.Contains($"/infra/prod/etcd/{member.Member.Name}/backup.env", dependencies);
        }
    }

    [Fact]
    public void Each_data_volume_is_attached_to_its_own_member_instance()
    {
        Assert.All(Etcd.Members, m =>
        {
            Assert.Equal(((Expr<string>)m.Instance.Id).ToString(), m.DataVolumeAttachment.Args.InstanceId.ToString());
            Assert.Equal(((Expr<string>)m.DataVolume.Id).ToString(), m.DataVolumeAttachment.Args.VolumeId.ToString());
        });
    }

    [Fact]
    public void A_zone_without_a_private_subnet_is_refused_naming_the_zone()
    {
        var (program, _, args) = EtcdClusterFixture.Build();

        var error = Assert.Throws<ArgumentException>(() => new EtcdCluster(program.Root, "other", args with
        {
            PrivateSubnets = args.PrivateSubnets.Skip(1).ToArray(),
        }));

        Assert.Contains("eu-west-1a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_without_a_certificate_is_refused_naming_the_member()
    {
        var (program, _, args) = EtcdClusterFixture.Build();

        var error = Assert.Throws<ArgumentException>(() => new EtcdCluster(program.Root, "other", args with
        {
            Cluster = EtcdClusterFixture.Cluster with { Members = 7 },
        }));

        Assert.Contains("etcd-f", error.Message, StringComparison.Ordinal);
    }

    private static string PolicyText(PolicyDocument document) =>
        string.Join('\n', document.Statement.SelectMany(s => s.Resource ?? []).Select(r => r.Node is IDeployTimeValue value ? value.Source : r.KnownValue));
}
