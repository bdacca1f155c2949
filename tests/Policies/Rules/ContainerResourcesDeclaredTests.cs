using Infra.Kubernetes.Core;
using Infra.Model;
using Infra.Platform;
using Infra.Policies.Rules;

namespace Infra.Tests.Policies.Rules;

public sealed class ContainerResourcesDeclaredTests
{
    private readonly ContainerResourcesDeclared rule = new();

    [Fact]
    public void A_container_without_limits_is_flagged_with_the_fix()
    {
        var program = RuleFixture.Program();
        RuleFixture.Deployment(program, replicas: 1, new ResourceRequirements
        {
            Requests = new Dictionary<string, Expr<string>> { ["cpu"] = "100m", ["memory"] = "128Mi" },
            Limits = new Dictionary<string, Expr<string>> { ["memory"] = "128Mi" },
        });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("apps/web", violation.ResourcePath);
        Assert.Equal("spec.template.spec.containers[0].resources", violation.Property);
        Assert.Contains("lacks limits.cpu", violation.Message, StringComparison.Ordinal);
        Assert.Contains("set Resources.Requests and Resources.Limits for cpu and memory", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_container_without_resources_lacks_all_four()
    {
        var program = RuleFixture.Program();
        RuleFixture.Deployment(program, replicas: 1);

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Contains("requests.cpu, requests.memory, limits.cpu, limits.memory", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Workload_containers_pass()
    {
        var program = RuleFixture.Program();
        _ = new Workload(program.Root, "web", new WorkloadArgs { Namespace = "apps", Image = "nginx:1.27" });

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
