using Infra.Model;
using Infra.Policies.Engine;

namespace Infra.Tests.Policies.Support;

/// <summary>Stacks, a program with buckets, and a one-call evaluation for the policy tests.</summary>
internal static class PolicyFixture
{
    public static readonly DateOnly Today = new(2026, 6, 15);

    public static StackFacts Prod { get; } = new() { Stack = "prod-eu", Environment = "prod", AvailabilityZones = 3 };

    public static StackFacts Dev { get; } = new() { Stack = "dev-eu", Environment = "dev", AvailabilityZones = 2 };

    /// <summary>A program with one public bucket per path given (paths like <c>data/logs</c>).</summary>
    public static InfraProgram PublicBuckets(params string[] paths)
    {
        var program = new InfraProgram("test", "policy tests");
        foreach (var path in paths)
        {
            var segments = path.Split('/');
            var scope = segments[..^1].Aggregate(program.Root, (s, id) => s.Child(id));
            _ = new TestBucket(scope, segments[^1], new TestBucketArgs { Public = true });
        }

        return program;
    }

    public static PolicyReport Evaluate(
        InfraProgram program,
        StackFacts facts,
        IEnumerable<PolicyRule> rules,
        EnforcementProfile? profile = null,
        IReadOnlyList<Waiver>? waivers = null) =>
        PolicyEngine.Evaluate(program, facts, new PolicyPack("test", rules), profile ?? EnforcementProfile.Defaults, waivers ?? [], new FixedTime(Today));

    /// <summary>A waiver of <see cref="PublicBucketRule"/> for the prod stack, valid until after <see cref="Today"/>.</summary>
    public static Waiver WaiverOf(string resource, string id = "W-0001") =>
        new(id, PublicBucketRule.RuleId, resource, Stacks: [Prod.Stack], Environment: null, "accepted for the test", "platform", Today.AddDays(30));
}
