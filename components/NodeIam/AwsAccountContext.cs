using Infra.Model;

namespace Infra.NodeIam;

/// <summary>
/// The partition, region and account the program deploys to, read at deploy time through the
/// provider's functions, so ARNs in policies name exactly this account rather than "*". ARNs are
/// built with <c>fn::join</c>: Pulumi YAML cannot interpolate a function call into a string.
/// </summary>
public sealed record AwsAccountContext(Expr<string> Partition, Expr<string> Region, Expr<string> AccountId)
{
    /// <summary>Looks the three up with the scope's AWS provider (the default provider when none is set).</summary>
    public static AwsAccountContext Of(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var provider = scope.ProviderFor("aws");
        var noArguments = new SortedDictionary<string, object>(StringComparer.Ordinal);
        return new(
            Fn.Invoke<string>("aws:index/getPartition:getPartition", noArguments, "partition", provider),
            Fn.Invoke<string>("aws:index/getRegion:getRegion", noArguments, "region", provider),
            Fn.Invoke<string>("aws:index/getCallerIdentity:getCallerIdentity", noArguments, "accountId", provider));
    }

    /// <summary>The ARN of <paramref name="resource"/> of <paramref name="service"/> in this region and account.</summary>
    public Expr<string> Arn(string service, string resource) =>
        Fn.Join(string.Empty, ["arn:", Partition, $":{service}:", Region, ":", AccountId, $":{resource}"]);

    /// <summary>The ARN of an AWS managed IAM policy (IAM is global: no region, account "aws").</summary>
    public Expr<string> ManagedPolicyArn(string policyName) =>
        Fn.Join(string.Empty, ["arn:", Partition, $":iam::aws:policy/{policyName}"]);
}
