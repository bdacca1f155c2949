using Infra.Policies.Rules;
using Infra.Tests.Network;

namespace Infra.Tests.Policies.Rules;

public sealed class NoSshAccessTests
{
    private readonly NoSshAccess rule = new();

    [Fact]
    public void A_port_range_covering_22_is_flagged_with_the_fix()
    {
        var program = RuleFixture.Program();
        RuleFixture.Ingress(program, "tcp", 0, 1024);

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("network/nodes-in", violation.ResourcePath);
        Assert.Equal("fromPort", violation.Property);
        Assert.Contains("tcp/0-1024", violation.Message, StringComparison.Ordinal);
        Assert.Contains("reach nodes through SSM Session Manager", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_all_protocols_rule_is_flagged_on_its_protocol()
    {
        var program = RuleFixture.Program();
        RuleFixture.Ingress(program, "-1", null, null);

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("ipProtocol", violation.Property);
    }

    [Fact]
    public void Udp_port_22_is_not_ssh()
    {
        var program = RuleFixture.Program();
        RuleFixture.Ingress(program, "udp", 0, 65535);

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void The_cluster_network_passes()
    {
        var program = NetworkFixture.Program(NetworkFixture.Created() with { PublicIngressCidrs = ["0.0.0.0/0"] });

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
