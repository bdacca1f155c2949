using Infra.Kubernetes.Autoscaling;
using Infra.Model;
using Infra.Platform;
using Infra.Policies.Engine;
using Infra.Policies.Packs;

namespace Infra.Stacks.Composition;

/// <summary>
/// The speed benchmark's program: N workloads that mirror ../shared/anchors/cdk8s-synth.js object
/// for object (Deployment, Service, autoscaling/v2 HPA, PDB; the anchor has no NetworkPolicy), checked by the full policy pack.
/// </summary>
public static class BenchProgram
{
    /// <summary>The anchor's scale-down behaviour: one policy, 10% a minute after 5 minutes of calm.</summary>
    private static readonly HpaScalingRules AnchorScaleDown = new()
    {
        StabilizationWindowSeconds = 300,
        Policies = [new HpaScalingPolicy { Type = ScalingPolicyType.Percent, Value = 10, PeriodSeconds = 60 }],
    };

    /// <summary>The anchor's workload number <paramref name="index"/>: svc-i, tier core except every third (standard; the anchor labels it aux).</summary>
    public static WorkloadArgs AnchorWorkload(int index) => new()
    {
        Namespace = "apps",
        Image = $"registry.example.com/svc-{index}:1.0.{index}",
        Tier = index % 3 != 0 ? ServiceTier.Core : ServiceTier.Standard,
        Spread = WorkloadSpread.ZoneAntiAffinity,
        PriorityClassName = PriorityClasses.CoreName,
        Replicas = 3,
        ScaleUp = null,
        ScaleDown = AnchorScaleDown,
        RestrictedSecurityContext = false,
        IngressPolicy = false,
    };

    public static (InfraProgram Program, PolicyReport Report) Synthesize(int workloads, TimeProvider clock)
    {
        var program = new InfraProgram(StackNames.Project, $"bench: {workloads} workloads mirroring the cdk8s anchor");
        for (var i = 0; i < workloads; i++)
        {
            _ = new Workload(program.Root, $"svc-{i}", AnchorWorkload(i));
        }

        var facts = new StackFacts { Stack = "bench", Environment = StackFacts.ProductionEnvironment, AvailabilityZones = 3 };
        var report = PolicyEngine.Evaluate(program, facts, PolicyPacks.All, EnforcementProfile.Defaults, [], clock);
        return (program, report);
    }
}
