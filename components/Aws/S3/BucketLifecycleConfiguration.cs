using Infra.Model;

namespace Infra.Aws.S3;

/// <summary>Args of <c>aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration</c>.</summary>
public sealed record BucketLifecycleConfigurationArgs
{
    /// <summary>The bucket's name.</summary>
    public required Expr<string> Bucket { get; init; }

    public required IReadOnlyList<BucketLifecycleRule> Rules { get; init; }
}

/// <summary>One lifecycle rule: which objects, when they move to colder storage and when they expire.</summary>
public sealed record BucketLifecycleRule
{
    /// <summary>The state that applies a rule.</summary>
    public const string Enabled = "Enabled";

    public required string Id { get; init; }

    /// <summary><c>Enabled</c> or <c>Disabled</c>.</summary>
    public required string Status { get; init; }

    public BucketLifecycleRuleFilter? Filter { get; init; }

    public IReadOnlyList<BucketLifecycleRuleTransition>? Transitions { get; init; }

    public BucketLifecycleRuleExpiration? Expiration { get; init; }

    public BucketLifecycleRuleNoncurrentVersionExpiration? NoncurrentVersionExpiration { get; init; }

    public BucketLifecycleRuleAbortIncompleteMultipartUpload? AbortIncompleteMultipartUpload { get; init; }
}

/// <summary>The objects a rule applies to.</summary>
public sealed record BucketLifecycleRuleFilter
{
    public string? Prefix { get; init; }
}

/// <summary>A move to another storage class, counted in days since the object was written.</summary>
public sealed record BucketLifecycleRuleTransition
{
    public required int Days { get; init; }

    /// <summary>E.g. <c>STANDARD_IA</c>, <c>GLACIER_IR</c>, <c>GLACIER</c>.</summary>
    public required string StorageClass { get; init; }
}

/// <summary>When current versions expire (become noncurrent in a versioned bucket).</summary>
public sealed record BucketLifecycleRuleExpiration
{
    public int? Days { get; init; }
}

/// <summary>When noncurrent versions are deleted for good.</summary>
public sealed record BucketLifecycleRuleNoncurrentVersionExpiration
{
    public required int NoncurrentDays { get; init; }
}

/// <summary>When the parts of an unfinished multipart upload are deleted (they are billed until then).</summary>
public sealed record BucketLifecycleRuleAbortIncompleteMultipartUpload
{
    public required int DaysAfterInitiation { get; init; }
}

/// <summary>A bucket's lifecycle rules.</summary>
public sealed class BucketLifecycleConfiguration(Scope scope, string id, BucketLifecycleConfigurationArgs args, ResourceOptions? options = null)
    : Resource<BucketLifecycleConfigurationArgs>(scope, id, "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", args, options)
{
    public Output<string> Id => Output<string>("id");
}
