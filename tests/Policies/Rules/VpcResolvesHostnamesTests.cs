using Infra.Aws.Ec2;
using Infra.Policies.Rules;
using Infra.Tests.Network;

namespace Infra.Tests.Policies.Rules;

public sealed class VpcResolvesHostnamesTests
{
    private readonly VpcResolvesHostnames rule = new();

    [Fact]
    public void A_vpc_without_dns_hostnames_is_flagged_with_the_fix()
    {
        var program = RuleFixture.Program();
        _ = new Vpc(program.Root.Child("network"), "vpc", new VpcArgs { CidrBlock = "10.0.0.0/16" });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("network/vpc", violation.ResourcePath);
        Assert.Equal("enableDnsHostnames", violation.Property);
        Assert.Contains("set EnableDnsHostnames = true", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vpc_with_dns_support_off_is_flagged()
    {
        var program = RuleFixture.Program();
        _ = new Vpc(program.Root.Child("network"), "vpc", new VpcArgs { CidrBlock = "10.0.0.0/16", EnableDnsHostnames = true, EnableDnsSupport = false });

        Assert.Equal("enableDnsSupport", Assert.Single(RuleFixture.Violations(rule, program)).Property);
    }

    [Fact]
    public void The_created_network_vpc_passes()
    {
        var program = NetworkFixture.Program(NetworkFixture.Created());

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
