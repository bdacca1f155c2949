using Infra.Aws.Iam;
using Infra.Emit.PulumiYaml;
using Infra.Model;
using Infra.Tests.Conformance;

namespace Infra.Tests.EtcdBackup;

public class EtcdBackupConformanceTests
{
    [Fact]
    public void A_program_with_the_backup_bucket_and_a_member_policy_type_checks_against_the_aws_sdk()
    {
        var (program, backups) = EtcdBackupFixture.Build();
        var role = new Role(program.Root, "etcd-member", new RoleArgs { AssumeRolePolicy = "{}" });
        _ = new RolePolicy(program.Root, "etcd-member-backups", new RolePolicyArgs
        {
            Role = role.RoleName,
            Policy = new PolicyDocument { Statement = backups.MemberPermissions }.ToJson(),
        });
        program.Export("backupBucket", (Expr<string>)backups.BucketName);
        program.Export("memberEnvironment", backups.MemberEnvironment("etcd", "etcd-1"));

        var result = ConformanceChecker.Check(new Dictionary<string, string> { ["etcd-backup"] = PulumiYamlEmitter.ToYaml(program) })["etcd-backup"];

        Assert.True(result.Conforms, result.Report());
    }
}
