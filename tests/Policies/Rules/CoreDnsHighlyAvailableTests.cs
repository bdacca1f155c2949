using Infra.Dns;
using Infra.Kubernetes.Core;
using Infra.Model;
using Infra.Network;
using Infra.Policies.Rules;

namespace Infra.Tests.Policies.Rules;

public sealed class CoreDnsHighlyAvailableTests
{
    private readonly CoreDnsHighlyAvailable rule = new();

    private static InfraProgram WithCoreDns(int nodes)
    {
        var program = RuleFixture.Program();
        _ = new CoreDns(program.Root, "coredns", new CoreDnsArgs { Plan = ClusterDns.For(Ipv4Cidr.Parse("10.96.0.0/12"), nodes), ExpectedNodes = nodes });
        return program;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(5_000)]
    public void CoreDns_as_the_component_builds_it_passes_at_any_size(int nodes)
    {
        Assert.Empty(RuleFixture.Violations(rule, WithCoreDns(nodes)));
    }

    [Fact]
    public void A_single_replica_is_flagged_with_the_minimum()
    {
        var program = RuleFixture.Program();
        var release = new Infra.Kubernetes.Yaml.ConfigGroup(program.Root, "coredns", new Infra.Kubernetes.Yaml.ConfigGroupArgs { Objs = [] });
        release.Annotate(new CoreDnsAnnotation(1, UnsatisfiableConstraintAction.DoNotSchedule, SpreadsOverZones: true));

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal(("values.replicaCount", "CoreDNS runs 1 replica(s): run at least 2"), (violation.Property, violation.Message[..41]));
    }

    [Fact]
    public void Replicas_without_a_zone_spread_are_flagged()
    {
        var program = RuleFixture.Program();
        var release = new Infra.Kubernetes.Yaml.ConfigGroup(program.Root, "coredns", new Infra.Kubernetes.Yaml.ConfigGroupArgs { Objs = [] });
        release.Annotate(new CoreDnsAnnotation(3, UnsatisfiableConstraintAction.DoNotSchedule, SpreadsOverZones: false));

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Contains(CoreDns.ZoneKey, violation.Message, StringComparison.Ordinal);
    }
}
