using Infra.Policies.Engine;

namespace Infra.Tests.Policies.Support;

/// <summary>A rule written the way real rules are: public buckets are findings, mandatory in production.</summary>
internal sealed class PublicBucketRule : PolicyRule
{
    public const string RuleId = "TST-001";

    public override string Id => RuleId;

    public override string Title => "Buckets are private";

    public override string Rationale => "a public bucket leaks whatever is put in it";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context) =>
        context.ResourcesOf<TestBucket>()
            .Where(bucket => bucket.Args.Public == true)
            .Select(bucket => RuleViolation.Of(bucket, "public", "the bucket is public: set Public = false"));
}
