using Infra.Model;

namespace Infra.Aws.S3;

/// <summary>
/// Args of <c>aws:s3/bucket:Bucket</c>, with the provider's property names. Versioning, encryption,
/// lifecycle and policy are separate resources (<see cref="BucketVersioning"/>, ...): the inline
/// arguments are deprecated in aws 7.
/// </summary>
public sealed record BucketArgs
{
    /// <summary>The bucket's exact name; unique across every AWS account, so usually <see cref="BucketPrefix"/> instead.</summary>
    public Expr<string>? Bucket { get; init; }

    /// <summary>A name prefix the provider completes with a unique suffix (at most 37 characters).</summary>
    public Expr<string>? BucketPrefix { get; init; }

    /// <summary>False: deleting a bucket that still holds objects fails rather than deleting them.</summary>
    public bool ForceDestroy { get; init; }

    /// <summary>Object Lock (WORM); can only be set when the bucket is created.</summary>
    public bool? ObjectLockEnabled { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}

/// <summary>An S3 bucket.</summary>
public sealed class Bucket(Scope scope, string id, BucketArgs args, ResourceOptions? options = null)
    : Resource<BucketArgs>(scope, id, "aws:s3/bucket:Bucket", args, options)
{
    public Output<string> Id => Output<string>("id");

    public Output<string> Arn => Output<string>("arn");

    /// <summary>The bucket's AWS name (<see cref="Resource.Name"/> is the Pulumi logical name).</summary>
    public Output<string> BucketName => Output<string>("bucket");
}
