using Infra.Aws;
using Infra.ClusterJoin;
using Infra.Aws.Iam;
using Infra.Model;
using Infra.NodeIam;

namespace Infra.ControlPlane.Nodes;

/// <summary>
/// What the control-plane role needs beyond a node's own grants: the KMS plugin's use of the Secrets key,
/// reading the join token and CA pin a joining control-plane node uses (their decryption is granted by the PKI), and
/// marking itself Unhealthy when its boot fails (<see cref="NodePermissions.ReportFailedBoot"/>).
/// </summary>
public static class ControlPlaneNodePermissions
{
    public static IReadOnlyList<PolicyStatement> For(AwsAccount account, Expr<string> secretsKeyArn, JoinParameters join, string clusterName)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(join);
        return
        [
            new PolicyStatement
            {
                Sid = "EncryptSecrets",
                // Encrypt wraps a new data key, Decrypt unwraps stored ones, DescribeKey is the plugin's health check.
                Action = ControlPlaneNodes.SecretsKeyActions,
                Resource = [secretsKeyArn],
            },
            new PolicyStatement
            {
                Sid = "ReadJoinParameters",
                Action = ["ssm:GetParameter"],
                Resource = join.Arns(account),
            },
            NodePermissions.ReportFailedBoot(clusterName),
        ];
    }
}
