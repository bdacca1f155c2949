using Infra.Model;

namespace Infra.Aws.Vpc;

/// <summary>One inbound rule of a security group (<c>aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule</c>).</summary>
public sealed class SecurityGroupIngressRule(Scope scope, string id, SecurityGroupRuleArgs args, ResourceOptions? options = null)
    : Resource<SecurityGroupRuleArgs>(scope, id, "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", args, options)
{
    public Output<string> Id => Output<string>("id");

    public Output<string> Arn => Output<string>("arn");
}
