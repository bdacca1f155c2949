using System.Collections;
using Infra.ControlPlane.Nodes;
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
    public static StackSynthesis FromStackFile(string projectDir, string stack, TimeProvider clock)
    {
        RefuseMistypedStack(projectDir, stack);
        return Synthesize(ClusterStackFile.Attach(StackConfigLoader.FromStackFile(projectDir, stack), projectDir), $"Pulumi.{stack}.yaml", projectDir, clock);
    }

    public static StackSynthesis FromPulumiEnvironment(IDictionary environment, string projectDir, TimeProvider clock) =>
        Synthesize(ClusterStackFile.Attach(StackConfigLoader.FromEnvironment(environment), projectDir, PulumiConfigReader.Source), PulumiConfigReader.Source, projectDir, clock);

    /// <param name="config">The stack's typed config.</param>
    /// <param name="source">Where the config came from, named in errors.</param>
    /// <param name="projectDir">The project folder (for policies/waivers.yaml).</param>
    /// <param name="clock">Today, for waiver expiry.</param>
    /// <param name="pack">The rules to check; <see cref="PolicyPacks.All"/> unless a test states its own.</param>
    public static StackSynthesis Synthesize(StackConfig config, string source, string projectDir, TimeProvider clock, PolicyPack? pack = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var program = Compose(config, source);
        var waivers = WaiverFile.Load(Path.Combine(projectDir, WaiverFile.DefaultPath));
        var report = PolicyEngine.Evaluate(program, Facts(config), pack ?? PolicyPacks.All, Profile(config), waivers, clock);
        // Warnings only: informational findings (documented deviations) are in the policy report, not in every preview.
        program.Export(StackNames.PolicyFindingsOutput, report.Findings.Where(f => !f.Blocks && f.Severity != Severity.Informational).Select(TextReporter.Line).ToArray());
        return new StackSynthesis(config, program, report);
    }

    /// <summary>A stack name with no file but close to one that has a file is a typo: name the stacks there are.</summary>
    private static void RefuseMistypedStack(string projectDir, string stack)
    {
        if (File.Exists(Path.Combine(projectDir, $"Pulumi.{stack}.yaml")) || !Directory.Exists(projectDir))
        {
            return;
        }

        var stacks = Directory.GetFiles(projectDir, "Pulumi.*.yaml")
            .Select(path => Path.GetFileName(path)["Pulumi.".Length..^".yaml".Length])
            .Order(StringComparer.Ordinal)
            .ToList();
        if (DidYouMean.Suggest(stack, stacks) is { } suggestion)
        {
            throw new ConfigException($"Pulumi.{stack}.yaml: not found in {Path.GetFullPath(projectDir)}, so '{stack}' is not a stack here (did you mean '{suggestion}'?): use one of {string.Join(", ", stacks)}");
        }
    }

    /// <summary>Components validate their args; a refusal there is bad config, reported like any other.</summary>
    private static InfraProgram Compose(StackConfig config, string source)
    {
        try
        {
            return config.Layer == StackLayer.Cluster ? ClusterLayer.Build(config) : PlatformLayer.Build(config);
        }
        catch (ArgumentException refused)
        {
            throw new ConfigException($"{source}: {WithoutParameterName(refused)}: change the stack's config accordingly");
        }
    }

    /// <summary>The message without the parameter-name suffix ArgumentException appends, whatever its wording: with
    /// UseSystemResourceKeys it is a resource key (<c>Arg_ParamName_Name, args</c>), not "(Parameter 'args')".</summary>
    internal static string WithoutParameterName(ArgumentException refused)
    {
        var suffix = refused.ParamName is null ? "" : new ArgumentException("", refused.ParamName).Message;
        var message = refused.Message.Split('\n', 2)[0];
        return suffix.Length > 0 && message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }

    private static StackFacts Facts(StackConfig config) => new()
    {
        Stack = config.StackName,
        Environment = config.Environment.ToString().ToLowerInvariant(),
        AvailabilityZones = config.AvailabilityZones.Count,
        AvailabilityZonesKey = config.Layer == StackLayer.Cluster
            ? ConfigSchema.AvailabilityZones.FullName
            : $"{ConfigSchema.AvailabilityZones.FullName} of the cluster stack (Pulumi.{ClusterStackName(config)}.yaml)",
        ApiAllowedCidrs = config.ApiAllowedCidrs.Select(cidr => cidr.ToString()).ToList(),
        Pools = PoolsOf(config),
        PoolsKey = config.Layer == StackLayer.Cluster
            ? ConfigSchema.NodePools.FullName
            : $"{ConfigSchema.NodePools.FullName} of the cluster stack (Pulumi.{ClusterStackName(config)}.yaml)",
        ControlPlaneNodes = ControlPlaneNodes.NodesPerZone * config.AvailabilityZones.Count,
    };

    /// <summary>
    /// The pools the stack's workloads run on: the cluster stack's own; for the platform stack, those of the cluster
    /// stack of its environment, whose file the loader read from the project folder.
    /// </summary>
    private static IReadOnlyList<PoolCapacity> PoolsOf(StackConfig config) =>
        (config.Layer == StackLayer.Cluster ? config : config.Cluster) is { } cluster ? PoolCapacityFacts.Of(cluster) : [];

    private static string ClusterStackName(StackConfig config) => config.StackName[..^ConfigSchema.PlatformStackSuffix.Length];

    private static EnforcementProfile Profile(StackConfig config) =>
        config.Policy.Aggregate(EnforcementProfile.Defaults, (profile, entry) => profile.With(entry.Key, entry.Value));
}
