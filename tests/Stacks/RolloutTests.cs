using Infra.Emit.PulumiYaml;
using Infra.Model;
using Infra.Stacks.Composition;
using Infra.Stacks.Config;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Stacks;

/// <summary>
/// A routine update (a new pinned image and a changed etcd flag) rolled as the README says: stage the change, then
/// name one member per update in <c>infra:rollout</c>. Pulumi's state is simulated offline: each update applies the
/// program's inputs except those its resources ignore, and a changed input of <see cref="DisruptiveInputs"/> takes
/// that machine down.
/// </summary>
public class RolloutTests
{
    private const string OldAmi = "ami-0123456789abcdef0";
    private const string NewAmi = "ami-0fedcba9876543210";

    /// <summary>100 nodes give etcd a 2 GiB quota, 600 a larger one: <c>--quota-backend-bytes</c> changes in the members' user data.</summary>
    private const int NodesBefore = 100;
    private const int NodesAfter = 600;

    private static InfraProgram Staging(string ami, int expectedNodes, string? rollout) => ClusterLayer.Build(Config(ami, expectedNodes, rollout));

    private static StackConfig Config(string ami, int expectedNodes, string? rollout)
    {
        var values = new Dictionary<string, RawConfigValue>(StringComparer.Ordinal)
        {
            ["aws:region"] = new RawText("eu-west-1"),
            ["infra:environment"] = new RawText("staging"),
            ["infra:owner"] = new RawText("platform-team"),
            ["infra:costCenter"] = new RawText("cc-1"),
            ["infra:expectedNodes"] = new RawText($"{expectedNodes}"),
            ["infra:images"] = new RawText($$$"""{"amd64": {"ami": "{{{ami}}}", "kernel": "6.8.0-1021-aws", "name": "ubuntu-noble-24.04-amd64-server-test"}}"""),
        };
        if (rollout is not null)
        {
            values["infra:rollout"] = new RawText(rollout);
        }

        return StackConfigLoader.Parse("staging", "staging", values);
    }

    private static IReadOnlyList<string> Targets => RolloutTargets.Of(Config(NewAmi, NodesAfter, rollout: null));

    [Fact]
    public void A_new_image_and_etcd_flag_rolled_target_by_target_take_down_one_machine_per_update_and_reach_every_machine()
    {
        var state = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Apply(state, Staging(OldAmi, NodesBefore, rollout: null));

        var staged = Apply(state, Staging(NewAmi, NodesAfter, rollout: null));
        var rolled = Targets.Select(target => (target, down: Apply(state, Staging(NewAmi, NodesAfter, target)))).ToList();

        Assert.Empty(staged);
        Assert.All(rolled, step => Assert.True(step.down.Count == 1, $"rollout {step.target} took down {step.down.Count}: {string.Join(", ", step.down)}"));
        var final = Desired(Staging(NewAmi, NodesAfter, rollout: null));
        Assert.Equal(final.Keys.Order(StringComparer.Ordinal), rolled.SelectMany(step => step.down).Order(StringComparer.Ordinal));
        Assert.All(final, machine => Assert.Equal(machine.Value, state[machine.Key]));
    }

    [Fact]
    public void Without_a_rollout_target_a_new_image_and_etcd_flag_take_down_no_machine()
    {
        var state = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Apply(state, Staging(OldAmi, NodesBefore, rollout: null));

        Assert.Empty(Apply(state, Staging(NewAmi, NodesAfter, rollout: null)));
    }

    [Fact]
    public void Every_etcd_member_and_control_plane_node_is_a_rollout_target()
    {
        var machines = Desired(Staging(NewAmi, NodesAfter, rollout: null));

        Assert.Equal(Targets.Count, machines.Count);
        Assert.Equal(["control-plane-eu-west-1a", "control-plane-eu-west-1b", "control-plane-eu-west-1c", "etcd-a", "etcd-b", "etcd-c", "etcd-d", "etcd-e"], Targets.Order(StringComparer.Ordinal));
    }

    /// <summary>Applies one update to the simulated state; returns the machines it took down.</summary>
    private static List<string> Apply(Dictionary<string, Dictionary<string, string>> state, InfraProgram program)
    {
        var down = new List<string>();
        foreach (var (name, resource) in Machines(program))
        {
            var desired = Inputs(resource);
            if (!state.TryGetValue(name, out var current))
            {
                state[name] = desired;
                continue;
            }

            var ignored = IgnoredChanges(resource);
            var changed = desired.Keys.Where(property => !ignored.Contains(property) && current[property] != desired[property]).ToList();
            foreach (var property in changed)
            {
                current[property] = desired[property];
            }

            if (changed.Count > 0)
            {
                down.Add(name);
            }
        }

        return down;
    }

    private static Dictionary<string, Dictionary<string, string>> Desired(InfraProgram program) =>
        Machines(program).ToDictionary(machine => machine.Key, machine => Inputs(machine.Value), StringComparer.Ordinal);

    /// <summary>
    /// The resources that run a stateful machine: etcd instances, and control-plane launch templates (a new version
    /// refreshes the group's node). Worker pools' templates are left out: workers are stateless and roll by instance refresh.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, YamlMappingNode>> Machines(InfraProgram program) =>
        ProgramYaml.Resources(PulumiYamlEmitter.ToYaml(program))
            .Where(resource => ProgramYaml.TypeOf(resource.Value) is DisruptiveInputs.Instance or DisruptiveInputs.LaunchTemplate)
            .Where(resource => resource.Key.StartsWith("etcd-", StringComparison.Ordinal) || resource.Key.StartsWith("control-plane-", StringComparison.Ordinal));

    private static Dictionary<string, string> Inputs(YamlMappingNode resource)
    {
        var properties = (YamlMappingNode)resource.Children[new YamlScalarNode("properties")];
        return DisruptiveInputs.Of(ProgramYaml.TypeOf(resource)).ToDictionary(
            property => property,
            property => properties.Children.TryGetValue(new YamlScalarNode(property), out var value) ? Text(value) : "",
            StringComparer.Ordinal);
    }

    private static HashSet<string> IgnoredChanges(YamlMappingNode resource) =>
        resource.Children.TryGetValue(new YamlScalarNode("options"), out var options)
        && ((YamlMappingNode)options).Children.TryGetValue(new YamlScalarNode("ignoreChanges"), out var list)
            ? [.. ((YamlSequenceNode)list).Children.Select(item => ((YamlScalarNode)item).Value!)]
            : [];

    private static string Text(YamlNode node)
    {
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
