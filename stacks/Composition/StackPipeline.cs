using System.Collections;
using Infra.Model;
using Infra.Policies.Engine;
using Infra.Policies.Packs;
using Infra.Policies.Reporting;
using Infra.Stacks.Config;

namespace Infra.Stacks.Composition;

/// <summary>A stack's config, its program, and the policy report over that program.</summary>
public sealed record StackSynthesis(StackConfig Config, InfraProgram Program, PolicyReport Report);

/// <summary>
/// The one path from config to a checked program, shared by compiler mode and every command, so
/// <c>infra synth</c> and what Pulumi runs cannot differ: load the config, compose the layer's
/// program, run the policy packs, and export the findings that do not block as a stack output.
/// </summary>
public static class StackPipeline
{
    public static StackSynthesis FromStackFile(string projectDir, string stack, TimeProvider clock) =>
        Synthesize(StackConfigLoader.FromStackFile(projectDir, stack), projectDir, clock);

    public static StackSynthesis FromPulumiEnvironment(IDictionary environment, string projectDir, TimeProvider clock) =>
        Synthesize(StackConfigLoader.FromEnvironment(environment), projectDir, clock);

    public static StackSynthesis Synthesize(StackConfig config, string projectDir, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(config);
        var program = config.Layer == StackLayer.Cluster ? ClusterStack.Build(config) : PlatformStack.Build(config);
        var waivers = WaiverFile.Load(Path.Combine(projectDir, WaiverFile.DefaultPath));
        var report = PolicyEngine.Evaluate(program, Facts(config), PolicyPacks.All, Profile(config), waivers, clock);
        program.Export(StackNames.PolicyFindingsOutput, report.Findings.Where(f => !f.Blocks).Select(TextReporter.Line).ToArray());
        return new StackSynthesis(config, program, report);
    }

    private static StackFacts Facts(StackConfig config) => new()
    {
        Stack = config.StackName,
        Environment = config.Environment.ToString().ToLowerInvariant(),
        AvailabilityZones = config.AvailabilityZones.Count,
    };

    private static EnforcementProfile Profile(StackConfig config) =>
        config.Policy.Aggregate(EnforcementProfile.Defaults, (profile, entry) => profile.With(entry.Key, entry.Value switch
        {
            PolicyEnforcement.Mandatory => Enforcement.Mandatory,
            PolicyEnforcement.Advisory => Enforcement.Advisory,
            _ => Enforcement.Disabled,
        }));
}
