using Infra.Model;

namespace Infra.Aws.S3;

/// <summary>Args of <c>aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration</c>.</summary>
public sealed record BucketServerSideEncryptionConfigurationArgs
{
    /// <summary>The bucket's name.</summary>
    public required Expr<string> Bucket { get; init; }

    public required IReadOnlyList<BucketServerSideEncryptionRule> Rules { get; init; }
}

/// <summary>One default-encryption rule of a bucket.</summary>
public sealed record BucketServerSideEncryptionRule
{
    public BucketServerSideEncryptionByDefault? ApplyServerSideEncryptionByDefault { get; init; }

    /// <summary>An S3 Bucket Key per bucket cuts KMS requests (and their cost and throttling) for SSE-KMS.</summary>
    public bool? BucketKeyEnabled { get; init; }
}

/// <summary>How objects written without encryption headers are encrypted.</summary>
public sealed record BucketServerSideEncryptionByDefault
{
    /// <summary>The algorithm that encrypts with a KMS key, so reading needs a grant on the key as well as on the bucket.</summary>
    public const string AwsKms = "aws:kms";

    /// <summary><c>AES256</c>, <c>aws:kms</c> or <c>aws:kms:dsse</c>.</summary>
    public required string SseAlgorithm { get; init; }

    /// <summary>The KMS key's ARN or id; unset means the AWS managed <c>aws/s3</c> key.</summary>
    public Expr<string>? KmsMasterKeyId { get; init; }
}

/// <summary>A bucket's default encryption.</summary>
public sealed class BucketServerSideEncryptionConfiguration(
    Scope scope, string id, BucketServerSideEncryptionConfigurationArgs args, ResourceOptions? options = null)
    : Resource<BucketServerSideEncryptionConfigurationArgs>(
        scope, id, "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", args, options)
{
    public Output<string> Id => Output<string>("id");
}
