using Infra.Policies.Rules;
using Infra.Tests.Network;

namespace Infra.Tests.Policies.Rules;

public sealed class NoOpenIngressTests
{
    private readonly NoOpenIngress rule = new();

    [Fact]
    public void Internet_ingress_to_a_cluster_group_is_flagged_with_the_fix()
    {
        var program = RuleFixture.Program();
        RuleFixture.Ingress(program, "tcp", 443, 443, "0.0.0.0/0");

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("network/nodes-in", violation.ResourcePath);
        Assert.Equal("cidrIpv4", violation.Property);
        Assert.Contains("allow only the client networks that need it", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Internet_ingress_over_ipv6_is_flagged()
    {
        var program = RuleFixture.Program();
        RuleFixture.Ingress(program, "tcp", 443, 443, cidrIpv4: null, cidrIpv6: "::/0");

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("network/nodes-in", violation.ResourcePath);
        Assert.Equal("cidrIpv6", violation.Property);
    }

    [Fact]
    public void Ingress_from_a_private_network_passes()
    {
        var program = RuleFixture.Program();
        RuleFixture.Ingress(program, "tcp", 443, 443, "10.0.0.0/8");

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void Internet_ingress_to_the_public_load_balancers_passes()
    {
        var program = NetworkFixture.Program(NetworkFixture.Created() with { PublicIngressCidrs = ["0.0.0.0/0"] });

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
