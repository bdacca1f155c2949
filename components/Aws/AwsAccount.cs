using Infra.Model;

namespace Infra.Aws;

/// <summary>
/// The partition, region and account id of the AWS provider a scope deploys with, looked up once per
/// program as variables (<c>${aws-partition}</c>, ...), so ARNs read as ARNs:
/// <c>arn:${aws-partition}:ssm:${aws-region}:${aws-account-id}:parameter/...</c>. Looked up rather than
/// configured: the same program deploys to commercial, GovCloud and China partitions.
/// </summary>
public sealed record AwsAccount(Expr<string> Partition, Expr<string> Region, Expr<string> AccountId)
{
    public static AwsAccount Of(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        // Named after the provider, so a program deploying to two accounts keeps them apart; "aws" for the default provider.
        var provider = scope.ProviderFor(AwsProvider.ServedPackage);
        var prefix = provider?.Name ?? AwsProvider.ServedPackage;
        var program = scope.Program;
        var noArguments = new SortedDictionary<string, object>(StringComparer.Ordinal);
        return new(
            program.Variable($"{prefix}-partition", () => Fn.Invoke<string>("aws:index/getPartition:getPartition", noArguments, "partition", provider)),
            program.Variable($"{prefix}-region", () => Fn.Invoke<string>("aws:index/getRegion:getRegion", noArguments, "region", provider)),
            program.Variable($"{prefix}-account-id", () => Fn.Invoke<string>("aws:index/getCallerIdentity:getCallerIdentity", noArguments, "accountId", provider)));
    }

    /// <summary>The ARN of <paramref name="resource"/> of <paramref name="service"/> in this account and region.</summary>
    public Expr<string> Arn(string service, string resource) =>
        Fn.Interpolate($"arn:{Partition}:{service}:{Region}:{AccountId}:{resource}");

    /// <summary>The ARN of an AWS managed IAM policy.</summary>
    public Expr<string> ManagedPolicyArn(string policyName) => Fn.Interpolate($"arn:{Partition}:iam::aws:policy/{policyName}");
}
