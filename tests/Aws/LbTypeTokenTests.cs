using Infra.Aws.Lb;
using Infra.Model;

namespace Infra.Tests.Aws;

/// <summary>Load balancing tokens as the @pulumi/aws 7.48.0 classes declare them (<c>__pulumiType</c>).</summary>
public sealed class LbTypeTokenTests
{
    public static TheoryData<string, Func<Scope, Resource>> Resources => new()
    {
        { "aws:lb/loadBalancer:LoadBalancer", s => new LoadBalancer(s, "r", new LoadBalancerArgs()) },
        { "aws:lb/targetGroup:TargetGroup", s => new TargetGroup(s, "r", new TargetGroupArgs()) },
        { "aws:lb/listener:Listener", s => new Listener(s, "r", new ListenerArgs { LoadBalancerArn = "arn", DefaultActions = [] }) },
    };

    [Theory]
    [MemberData(nameof(Resources))]
    public void Load_balancing_resources_carry_the_providers_exact_type_token(string token, Func<Scope, Resource> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        var program = new InfraProgram("infra", "tokens");

        Assert.Equal(token, create(program.Root).Type);
    }
}
