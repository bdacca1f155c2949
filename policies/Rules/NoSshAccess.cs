using Infra.Aws.Vpc;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// No ingress rule opens TCP port 22, on its own, in a range, or through "all protocols". Key pairs
/// need no check: <see cref="Infra.Aws.Ec2.LaunchTemplateArgs"/> has no <c>keyName</c>, so no launch
/// template can carry one.
/// </summary>
public sealed class NoSshAccess : PolicyRule
{
    private const int SshPort = 22;

    public override string Id => "AWS-004";

    public override string Title => "No security group rule opens SSH";

    public override string Rationale =>
        "Nodes are reached through SSM Session Manager, which is audited and needs no open port; an SSH port is an unaudited way in and a target for brute force.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context) =>
        context.ResourcesOf<SecurityGroupIngressRule>()
            .Where(rule => IngressRules.OpensTcpPort(rule.Args, SshPort))
            .Select(rule => RuleViolation.Of(
                rule,
                IngressRules.OpensAllProtocols(rule.Args) ? "ipProtocol" : "fromPort",
                $"ingress {Describe(rule.Args)} includes SSH (tcp/22): remove the rule, or narrow its range to exclude 22, and reach nodes through SSM Session Manager"));

    private static string Describe(SecurityGroupRuleArgs args) =>
        IngressRules.OpensAllProtocols(args) ? "of all protocols and ports" : $"{args.IpProtocol.KnownValue}/{args.FromPort}-{args.ToPort}";
}
