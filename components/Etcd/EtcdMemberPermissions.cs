using Infra.Aws;
using Infra.Aws.Iam;
using Infra.EtcdBackup;
using Infra.Model;

namespace Infra.Etcd;

/// <summary>
/// What one member's role may do beyond Session Manager: read the parameters under its own path (its
/// certificate, key, CA and backup settings; no other member's) and upload snapshots. Decrypting its
/// SecureStrings is granted by the PKI (<c>ClusterPki.AllowDecrypt</c>), which owns the key.
/// </summary>
public static class EtcdMemberPermissions
{
    public static PolicyDocument For(AwsAccount account, string memberParameterPath, EtcdBackupBucket backup)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(backup);
        return new PolicyDocument
        {
            Statement =
            [
                // The path itself for GetParametersByPath, its children for GetParameter(s).
                new PolicyStatement
                {
                    Sid = "ReadMemberParameters",
                    Action = ["ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath"],
                    Resource = [account.Arn("ssm", $"parameter{memberParameterPath}"), account.Arn("ssm", $"parameter{memberParameterPath}/*")],
                },
                .. backup.MemberPermissions,
            ],
        };
    }
}
