using Infra.Policies.Engine;

namespace Infra.Tests.Policies.Support;

/// <summary>A rule mandatory everywhere: public buckets stand for a configuration that cannot work in any environment.</summary>
internal sealed class UnworkableBucketRule : PolicyRule
{
    public const string RuleId = "TST-002";

    public override string Id => RuleId;

    public override string Title => "Buckets are private, everywhere";

    public override string Rationale => "stands for a broken connection: no environment is helped by being told only";

    public override bool MandatoryInProduction => true;

    public override bool MandatoryEverywhere => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context) =>
        context.ResourcesOf<TestBucket>()
            .Where(bucket => bucket.Args.Public == true)
            .Select(bucket => RuleViolation.Of(bucket, "public", "the bucket is public: set Public = false"));
}
