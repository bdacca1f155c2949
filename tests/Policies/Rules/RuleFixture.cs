using Infra.Tests.Policies.Support;
using Infra.Aws.Ec2;
using Infra.Aws.Vpc;
using Infra.Kubernetes.Apps;
using Infra.Kubernetes.Core;
using Infra.Kubernetes.Meta;
using Infra.Model;
using Infra.Policies.Engine;
using Infra.Tests.Support;

namespace Infra.Tests.Policies.Rules;

/// <summary>Tiny programs of real resources for the rule specifications, and one call to run a rule over them.</summary>
internal static class RuleFixture
{
    public static InfraProgram Program() => new("rules", "policy rule specification");

    /// <summary>The rule's violations on <paramref name="program"/>, as a prod stack (3 zones) unless <paramref name="facts"/> say otherwise.</summary>
    public static IReadOnlyList<RuleViolation> Violations(PolicyRule rule, InfraProgram program, StackFacts? facts = null) =>
        rule.Evaluate(new PolicyContext(program, facts ?? PolicyFixture.Prod)).ToList();

    /// <summary>A launch template at <c>pool/launch-template</c> with only the given settings.</summary>
    public static LaunchTemplate LaunchTemplate(InfraProgram program, LaunchTemplateArgs args) =>
        new(program.Root.Child("pool"), "launch-template", args);

    /// <summary>An ingress rule at <c>network/nodes-in</c> on a fresh group at <c>network/nodes</c>.</summary>
    public static SecurityGroupIngressRule Ingress(
        InfraProgram program, string protocol, int? from, int? to, string? cidrIpv4 = "10.0.0.0/16", string? cidrIpv6 = null)
    {
        var scope = program.Root.Child("network");
        var group = new SecurityGroup(scope, "nodes", new SecurityGroupArgs { VpcId = "vpc-1", Description = "nodes" });
        return new SecurityGroupIngressRule(scope, "nodes-in", new SecurityGroupRuleArgs
        {
            SecurityGroupId = group.Id,
            IpProtocol = protocol,
            FromPort = from,
            ToPort = to,
            CidrIpv4 = cidrIpv4 is null ? null : (Expr<string>?)cidrIpv4,
            CidrIpv6 = cidrIpv6 is null ? null : (Expr<string>?)cidrIpv6,
        });
    }

    /// <summary>A Deployment at <c>apps/web</c> in namespace <c>apps</c> whose pods carry <c>app=web</c>.</summary>
    public static Deployment Deployment(InfraProgram program, int? replicas, ResourceRequirements? resources = null, IReadOnlyDictionary<string, Expr<string>>? nodeSelector = null)
    {
        var labels = new Dictionary<string, Expr<string>> { ["app"] = "web" };
        return new Deployment(program.Root.Child("apps"), "web", new DeploymentArgs
        {
            Metadata = new ObjectMeta { Name = "web", Namespace = "apps" },
            Spec = new DeploymentSpec
            {
                Replicas = replicas,
                Selector = new LabelSelector { MatchLabels = labels },
                Template = new PodTemplateSpec
                {
                    Metadata = new ObjectMeta { Labels = labels },
                    Spec = new PodSpec { Containers = [new Container { Name = "web", Image = "nginx:1.27", Resources = resources }], NodeSelector = nodeSelector },
                },
            },
        });
    }
}
