using Infra.Aws.Lb;
using Infra.Aws.Vpc;
using Infra.Model;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// The Kubernetes API is not open to the whole internet by accident. A public API load balancer is an
/// internet-facing load balancer (<c>internal</c> not true) with a listener forwarding to a target group on the
/// API server port (6443); its API ports are those listeners' ports (6443, or 443 when the API is served there).
/// An ingress rule on one of its security groups covering such a port from <c>0.0.0.0/0</c> or <c>::/0</c> is a
/// violation, also when the stack lists that CIDR in <see cref="StackFacts.ApiAllowedCidrs"/> (<c>infra:apiAllowedCidrs</c>):
/// a config value is one line anyone may change, while opening the API to the internet in prod takes a reviewed,
/// expiring waiver in <c>policies/waivers.yaml</c>.
/// <see cref="NoOpenIngress"/> lets the public load balancer group take internet traffic; this rule narrows that for the API.
/// </summary>
public sealed class ApiEndpointNotOpen : PolicyRule
{
    /// <summary>kube-apiserver's port: a target group on it holds API servers.</summary>
    private const int ApiServerPort = 6443;

    public override string Id => "AWS-012";

    public override string Title => "The public API endpoint admits only the networks the stack allows";

    public override string Rationale =>
        "An API server reachable from anywhere is probed for every new CVE and credential leak within hours; only the client networks the stack names may reach it.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        var apiPorts = PublicApiPorts(context);
        foreach (var rule in context.ResourcesOf<SecurityGroupIngressRule>())
        {
            if (rule.Args.SecurityGroupId.Node is not OutputReference { Resource: var group } || !apiPorts.TryGetValue(group, out var ports))
            {
                continue;
            }

            var port = ports.FirstOrDefault(p => IngressRules.OpensTcpPort(rule.Args, p));
            foreach (var (property, anywhere) in port == 0 ? [] : IngressRules.InternetPeers(rule.Args))
            {
                var fix = context.Facts.ApiAllowedCidrs.Contains(anywhere, StringComparer.Ordinal)
                    ? $"infra:apiAllowedCidrs lists {anywhere}: replace it with the client networks, or, if the API is meant for the whole internet, add a reviewed waiver of {Id} to policies/waivers.yaml"
                    : "allow only the client networks in infra:apiAllowedCidrs";
                yield return RuleViolation.Of(rule, property, $"the public API load balancer accepts port {port} from {anywhere}: {fix}");
            }
        }
    }

    /// <summary>Each security group of a public API load balancer, with the ports its API listeners accept.</summary>
    private static Dictionary<Resource, List<int>> PublicApiPorts(PolicyContext context)
    {
        var ports = new Dictionary<Resource, List<int>>(ReferenceEqualityComparer.Instance);
        foreach (var listener in context.ResourcesOf<Listener>().Where(ForwardsToApiServers))
        {
            if (listener.Args.LoadBalancerArn.Node is OutputReference { Resource: LoadBalancer { Args.Internal: not true } balancer })
            {
                foreach (var group in (balancer.Args.SecurityGroups ?? []).Select(g => g.Node).OfType<OutputReference>())
                {
                    ports.TryAdd(group.Resource, []);
                    ports[group.Resource].Add(listener.Args.Port ?? ApiServerPort);
                }
            }
        }

        return ports;
    }

    private static bool ForwardsToApiServers(Listener listener) =>
        listener.Args.DefaultActions.Any(action =>
            action.TargetGroupArn?.Node is OutputReference { Resource: TargetGroup { Args.Port: ApiServerPort } });
}
