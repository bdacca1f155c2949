using Infra.Aws.S3;
using Infra.Model;
using Infra.Policies.Rules;

namespace Infra.Tests.Policies.Rules;

public sealed class BucketsEncryptedAndVersionedTests
{
    private readonly BucketsEncryptedAndVersioned rule = new();

    [Fact]
    public void A_bare_bucket_is_flagged_for_versioning_encryption_and_public_access_each_with_the_fix()
    {
        var program = RuleFixture.Program();
        _ = Bucket(program);

        var messages = RuleFixture.Violations(rule, program).Select(v => v.Message).ToList();

        Assert.Equal(3, messages.Count);
        Assert.Contains(messages, m => m.Contains("add a BucketVersioning", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("add a BucketServerSideEncryptionConfiguration", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("add a BucketPublicAccessBlock", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bucket_with_all_three_companions_passes()
    {
        var program = RuleFixture.Program();
        Guard(program, Bucket(program).BucketName);

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void Companions_may_name_the_bucket_by_its_literal_name()
    {
        var program = RuleFixture.Program();
        _ = Bucket(program, name: "backups");
        Guard(program, "backups");

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void Companions_of_another_bucket_do_not_count()
    {
        var program = RuleFixture.Program();
        var guarded = Bucket(program, id: "guarded");
        _ = Bucket(program, id: "bare");
        Guard(program, guarded.BucketName);

        var violations = RuleFixture.Violations(rule, program);

        Assert.Equal(["storage/bare"], violations.Select(v => v.ResourcePath).Distinct());
    }

    [Fact]
    public void Suspended_versioning_is_flagged()
    {
        var program = RuleFixture.Program();
        var bucket = Bucket(program);
        Guard(program, bucket.BucketName, versioning: "Suspended");

        Assert.Contains("not versioned", Assert.Single(RuleFixture.Violations(rule, program)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aes256_default_encryption_is_flagged()
    {
        var program = RuleFixture.Program();
        var bucket = Bucket(program);
        Guard(program, bucket.BucketName, sseAlgorithm: "AES256");

        Assert.Contains("KMS key", Assert.Single(RuleFixture.Violations(rule, program)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_access_block_missing_one_flag_is_flagged()
    {
        var program = RuleFixture.Program();
        var bucket = Bucket(program);
        Guard(program, bucket.BucketName, restrictPublicBuckets: false);

        Assert.Contains("can be made public", Assert.Single(RuleFixture.Violations(rule, program)).Message, StringComparison.Ordinal);
    }

    private static Bucket Bucket(InfraProgram program, string id = "bucket", string? name = null) =>
        new(program.Root.Child("storage"), id, new BucketArgs { Bucket = name is null ? null : (Expr<string>?)name });

    /// <summary>Declares the three companions for <paramref name="bucket"/>, each as given.</summary>
    private static void Guard(
        InfraProgram program, Expr<string> bucket, string versioning = "Enabled", string sseAlgorithm = "aws:kms", bool restrictPublicBuckets = true)
    {
        var scope = program.Root.Child("guards");
        _ = new BucketVersioning(scope, "versioning", new BucketVersioningArgs
        {
            Bucket = bucket,
            VersioningConfiguration = new BucketVersioningConfiguration { Status = versioning },
        });
        _ = new BucketServerSideEncryptionConfiguration(scope, "encryption", new BucketServerSideEncryptionConfigurationArgs
        {
            Bucket = bucket,
            Rules = [new BucketServerSideEncryptionRule { ApplyServerSideEncryptionByDefault = new BucketServerSideEncryptionByDefault { SseAlgorithm = sseAlgorithm } }],
        });
        _ = new BucketPublicAccessBlock(scope, "public-access-block", new BucketPublicAccessBlockArgs
        {
            Bucket = bucket,
            BlockPublicAcls = true,
            BlockPublicPolicy = true,
            IgnorePublicAcls = true,
            RestrictPublicBuckets = restrictPublicBuckets,
        });
    }
}
