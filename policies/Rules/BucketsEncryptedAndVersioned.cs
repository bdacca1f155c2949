using Infra.Aws.S3;
using Infra.Model;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// Every S3 bucket the program creates is versioned, encrypted by default with a KMS key and
/// closed to the public. In aws 7 these are companion resources naming the bucket, so the rule
/// looks for the companions whose <c>bucket</c> refers to the bucket (its output, or its literal name).
/// </summary>
public sealed class BucketsEncryptedAndVersioned : PolicyRule
{
    public override string Id => "AWS-011";

    public override string Title => "S3 buckets are versioned, KMS-encrypted and closed to the public";

    public override string Rationale =>
        "Buckets hold etcd snapshots and other state that cannot be recreated: an unversioned bucket loses it to one overwrite or delete, an object without a KMS key is readable by anyone granted the bucket alone, and a public bucket leaks it.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        var versionings = context.ResourcesOf<BucketVersioning>().ToList();
        var encryptions = context.ResourcesOf<BucketServerSideEncryptionConfiguration>().ToList();
        var publicAccessBlocks = context.ResourcesOf<BucketPublicAccessBlock>().ToList();
        foreach (var bucket in context.ResourcesOf<Bucket>())
        {
            if (!versionings.Any(v => Names(v.Args.Bucket, bucket) && v.Args.VersioningConfiguration.Status == BucketVersioningConfiguration.Enabled))
            {
                yield return RuleViolation.Of(
                    bucket, $"the bucket is not versioned: add a BucketVersioning for it with Status = \"{BucketVersioningConfiguration.Enabled}\"");
            }

            if (!encryptions.Any(e => Names(e.Args.Bucket, bucket) && e.Args.Rules.Any(EncryptsWithKms)))
            {
                yield return RuleViolation.Of(
                    bucket, $"objects are not encrypted with a KMS key by default: add a BucketServerSideEncryptionConfiguration for it with SseAlgorithm = \"{BucketServerSideEncryptionByDefault.AwsKms}\"");
            }

            if (!publicAccessBlocks.Any(b => Names(b.Args.Bucket, bucket) && BlocksAll(b.Args)))
            {
                yield return RuleViolation.Of(
                    bucket, "the bucket can be made public: add a BucketPublicAccessBlock for it with all four flags true");
            }
        }
    }

    /// <summary>True when <paramref name="reference"/> names <paramref name="bucket"/>: an output of it, or its literal name.</summary>
    private static bool Names(Expr<string> reference, Bucket bucket) => reference.Node switch
    {
        OutputReference output => ReferenceEquals(output.Resource, bucket),
        string name => bucket.Args.Bucket is { KnownValue: { } own } && string.Equals(name, own, StringComparison.Ordinal),
        _ => false,
    };

    private static bool EncryptsWithKms(BucketServerSideEncryptionRule rule) =>
        rule.ApplyServerSideEncryptionByDefault?.SseAlgorithm == BucketServerSideEncryptionByDefault.AwsKms;

    private static bool BlocksAll(BucketPublicAccessBlockArgs block) =>
        block is { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true };
}
