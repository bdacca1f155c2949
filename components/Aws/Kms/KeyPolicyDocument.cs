using Infra.Aws.Iam;
using Infra.Model;

namespace Infra.Aws.Kms;

/// <summary>One user of a key: the roles that may use it, the cryptographic calls they make, and the one service they make them through, if any.</summary>
/// <param name="Sid">Names the use, e.g. <c>ApiServersEncryptSecrets</c>.</param>
/// <param name="RoleArns">The roles, by ARN: a key policy names its users, it does not leave them to IAM.</param>
/// <param name="Actions">Only cryptographic calls (kms:Decrypt, kms:Encrypt, ...): administration is the account's.</param>
/// <param name="ViaService">The service host (e.g. <c>ssm.eu-west-1.amazonaws.com</c>) the calls must come through, or null for direct calls.</param>
public sealed record KeyUser(string Sid, IReadOnlyList<Expr<string>> RoleArns, IReadOnlyList<string> Actions, Expr<string>? ViaService = null);

/// <summary>
/// A key policy that names who uses the key. The account's root principal administers the key, so it can
/// never become unmanageable (describe, rotate, tag, change this policy, schedule deletion), but holds no
/// cryptographic call and no kms:CreateGrant: the default key policy (root, kms:*) lets any principal an IAM
/// policy allows decrypt, this one only the users it lists.
/// </summary>
public static class KeyPolicyDocument
{
    /// <summary>What administering a key takes, and nothing that encrypts, decrypts or grants either.</summary>
    public static IReadOnlyList<string> AdministrationActions { get; } =
    [
        "kms:CancelKeyDeletion",
        "kms:CreateAlias",
        "kms:DeleteAlias",
        "kms:DescribeKey",
        "kms:DisableKey",
        "kms:DisableKeyRotation",
        "kms:EnableKey",
        "kms:EnableKeyRotation",
        "kms:GetKeyPolicy",
        "kms:GetKeyRotationStatus",
        "kms:ListGrants",
        "kms:ListKeyPolicies",
        "kms:ListResourceTags",
        "kms:PutKeyPolicy",
        "kms:RevokeGrant",
        "kms:RotateKeyOnDemand",
        "kms:ScheduleKeyDeletion",
        "kms:TagResource",
        "kms:UntagResource",
        "kms:UpdateAlias",
        "kms:UpdateKeyDescription",
    ];

    /// <summary>The account's root principal: as a key user, every principal of the account an IAM policy allows.</summary>
    public static Expr<string> AccountRoot(AwsAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return Fn.Interpolate($"arn:{account.Partition}:iam::{account.AccountId}:root");
    }

    public static PolicyDocument For(AwsAccount account, IReadOnlyList<KeyUser> users)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(users);
        if (users.Count == 0 || users.Any(u => u.RoleArns.Count == 0 || u.Actions.Count == 0))
        {
            throw new ArgumentException("a key policy names at least one user with at least one role and one action: a key nobody may use protects nothing", nameof(users));
        }

        if (users.SelectMany(u => u.Actions).FirstOrDefault(a => AdministrationActions.Contains(a) && a != "kms:DescribeKey") is { } administration)
        {
            throw new ArgumentException($"'{administration}' administers the key: it is the account's, not a user's", nameof(users));
        }

        return new PolicyDocument
        {
            Statement =
            [
                new PolicyStatement
                {
                    Sid = "AccountAdministersKey",
                    Principal = new PolicyPrincipal { Aws = [AccountRoot(account)] },
                    Action = AdministrationActions,
                    Resource = ["*"],
                },
                .. users.Select(user => new PolicyStatement
                {
                    Sid = user.Sid,
                    Principal = new PolicyPrincipal { Aws = user.RoleArns },
                    Action = user.Actions,
                    Resource = ["*"],
                    Condition = user.ViaService is { } service
                        ? new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Expr<string>>>>
                        {
                            ["StringEquals"] = new Dictionary<string, IReadOnlyList<Expr<string>>> { ["kms:ViaService"] = [service] },
                        }
                        : null,
                }),
            ],
        };
    }
}
