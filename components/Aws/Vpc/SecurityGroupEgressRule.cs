using Infra.Model;

namespace Infra.Aws.Vpc;

/// <summary>One outbound rule of a security group (<c>aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule</c>).</summary>
public sealed class SecurityGroupEgressRule(Scope scope, string id, SecurityGroupRuleArgs args, ResourceOptions? options = null)
    : Resource<SecurityGroupRuleArgs>(scope, id, "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", args, options)
{
    public Output<string> Id => Output<string>("id");

    public Output<string> Arn => Output<string>("arn");
}
