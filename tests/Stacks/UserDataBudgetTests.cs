using Infra.Aws.Ec2;
using Infra.Tests.Cli;
using Infra.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Stacks;

/// <summary>Every machine of every reference stack launches: its user data, as emitted, is within budget and is its cloud-config.</summary>
public class UserDataBudgetTests
{
    /// <summary>The property that carries base64 user data, by resource type.</summary>
    private static readonly Dictionary<string, string> UserDataProperty = new(StringComparer.Ordinal)
    {
        ["aws:ec2/launchTemplate:LaunchTemplate"] = "userData",
        ["aws:ec2/instance:Instance"] = "userDataBase64",
    };

    [Theory]
    [MemberData(nameof(StackFiles.All), MemberType = typeof(StackFiles))]
    public void Every_machines_user_data_is_a_compressed_cloud_config_within_the_budget(string stack)
    {
        var machines = Machines(stack);

        Assert.All(machines, machine =>
        {
            var bytes = Convert.FromBase64String(machine.Base64);
            Assert.True(bytes.Length <= UserData.BudgetBytes, $"{stack}/{machine.Name}: {bytes.Length} bytes of user data, budget {UserData.BudgetBytes}");
            Assert.StartsWith("#cloud-config\n", UserDataText.Inflate(bytes), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_prod_cluster_stack_has_user_data_for_every_etcd_member_control_plane_node_and_pool()
    {
        var names = Machines("prod").Select(m => m.Name).ToList();

        Assert.Equal(10, names.Count(n => n.StartsWith("etcd", StringComparison.Ordinal)));
        Assert.Equal(3, names.Count(n => n.StartsWith("control-plane", StringComparison.Ordinal)));
        Assert.Contains(names, n => n.StartsWith("node-pools", StringComparison.Ordinal));
    }

    private static List<(string Name, string Base64)> Machines(string stack)
    {
        var synth = InfraCli.Run("synth", "--stack", stack);
        Assert.True(synth.ExitCode == 0, synth.ToString());
        return ProgramYaml.Resources(synth.Out)
            .Where(r => UserDataProperty.ContainsKey(ProgramYaml.TypeOf(r.Value)))
            .Select(r => (r.Key, ProgramYaml.Text(r.Value, $"properties.{UserDataProperty[ProgramYaml.TypeOf(r.Value)]}")!))
            .ToList();
    }
}
