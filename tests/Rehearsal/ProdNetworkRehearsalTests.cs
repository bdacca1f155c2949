using Infra.Network.Connections;
using Infra.Stacks.Composition;
using Infra.Tests.Policies.Support;
using Infra.Tests.Support;
using Xunit.Abstractions;

namespace Infra.Tests.Rehearsal;

/// <summary>
/// The prod stack's security groups rehearsed (<see cref="StackRehearsal"/>): every declared connection goes through,
/// flows nobody declared do not, and every emitted rule is needed by a probe. One script run serves every test: the
/// namespaces are set up once, then each rule is deleted in turn.
/// </summary>
public class ProdNetworkRehearsalTests(ITestOutputHelper output)
{
    private static readonly Lazy<StackRehearsal> Prod = new(() => new StackRehearsal(
        StackPipeline.FromStackFile(RepositoryRoot.Path, "prod", new FixedTime(PolicyFixture.Today)).Program.Resources));

    private static readonly Lazy<RehearsalProbe[]> Undeclared = new(() =>
    {
        var etcd = Prod.Value.MachinesOf(SecurityGroupRole.Etcd);
        var controlPlane = Prod.Value.MachinesOf(SecurityGroupRole.ControlPlane)[0];
        var worker = Prod.Value.MachinesOf(SecurityGroupRole.Nodes)[0];
        return
        [
            new(worker, etcd[0], "tcp", 2379),
            new(worker, etcd[^1], "tcp", 2382),
            new(controlPlane, etcd[^1], "tcp", 2383),
            new(controlPlane, etcd[0], "tcp", 2380),
            new(etcd[0], controlPlane, "tcp", 10250),
            new(StackRehearsal.Internet, controlPlane, "tcp", 6443),
            new(StackRehearsal.Internet, worker, "tcp", 10250),
            new(worker, StackRehearsal.Internet, "tcp", 22),
        ];
    });

    private static readonly Lazy<RehearsalRun> Run = new(() => Prod.Value.Rehearsal.RunDeletingEachRule([.. Prod.Value.Probes, .. Undeclared.Value]));

    [Fact]
    public void Every_declared_connection_of_prod_goes_through_its_generated_rules()
    {
        var blocked = Prod.Value.Probes.Where(probe => !Run.Value.Open[probe]).ToList();

        Assert.True(blocked.Count == 0, $"declared connections blocked in the rehearsal:\n{string.Join('\n', blocked)}");
    }

    [Fact]
    public void Flows_nobody_declared_are_blocked_in_prod()
    {
        var open = Undeclared.Value.Where(probe => Run.Value.Open[probe]).ToList();

        Assert.True(open.Count == 0, $"undeclared flows open in the rehearsal:\n{string.Join('\n', open)}");
    }

    [Fact]
    public void Deleting_any_one_generated_rule_of_prod_blocks_a_probe()
    {
        var report = Run.Value.WithoutRule.Select(pair => (Rule: pair.Key, CaughtBy: pair.Value.Where(p => !p.Value).Select(p => p.Key).FirstOrDefault())).ToList();

        foreach (var (rule, caughtBy) in report)
        {
            output.WriteLine($"{rule}: {caughtBy?.ToString() ?? "no probe blocked"}");
        }

        Assert.Equal(Prod.Value.Declared.Rules.Count, report.Count);
        Assert.True(
            report.All(r => r.CaughtBy is not null),
            $"rules no probe needs:\n{string.Join('\n', report.Where(r => r.CaughtBy is null).Select(r => r.Rule))}");
    }
}
