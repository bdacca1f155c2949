using Infra.ControlPlane.Protection;
using Infra.Kubernetes.Flowcontrol;
using Infra.Model;

namespace Infra.Tests.ControlPlane.Protection;

public class ApiPriorityAndFairnessTests
{
    private readonly ApiPriorityAndFairness apf = Declare(new InfraProgram("test", "test"));

    internal static ApiPriorityAndFairness Declare(InfraProgram program) =>
        new(program.Root, new ApiPriorityAndFairnessArgs { PlatformNamespaces = ["monitoring", "ingress"] });

    [Fact]
    public void Levels_and_schemas_are_flowcontrol_v1_objects()
    {
        Assert.All(apf.Levels, level => Assert.Equal("kubernetes:flowcontrol.apiserver.k8s.io/v1:PriorityLevelConfiguration", level.Type));
        Assert.All(apf.Schemas, schema => Assert.Equal("kubernetes:flowcontrol.apiserver.k8s.io/v1:FlowSchema", schema.Type));
    }

    [Fact]
    public void Levels_and_schemas_render_as_flowcontrol_v1_manifests()
    {
        Assert.Equal(
            [("flowcontrol.apiserver.k8s.io/v1", "PriorityLevelConfiguration"), ("flowcontrol.apiserver.k8s.io/v1", "FlowSchema")],
            [(apf.TenantWorkloads.ApiVersion, apf.TenantWorkloads.Kind), (apf.TenantWorkloadsSchema.ApiVersion, apf.TenantWorkloadsSchema.Kind)]);
    }

    [Fact]
    public void Tenant_service_accounts_are_matched_after_every_system_and_platform_schema()
    {
        var precedence = apf.TenantWorkloadsSchema.Args.Spec.MatchingPrecedence;

        Assert.True(precedence > BuiltInFlowControl.KubeSystemServiceAccountsPrecedence);
        Assert.True(precedence > apf.PlatformControllersSchema.Args.Spec.MatchingPrecedence);
        Assert.True(precedence < BuiltInFlowControl.ServiceAccountsPrecedence, "tenants must not fall through to the built-in workload-low level");
    }

    [Fact]
    public void The_tenant_level_has_a_smaller_share_than_system_and_platform_levels()
    {
        var tenantShares = apf.TenantWorkloads.Args.Spec.Limited!.NominalConcurrencyShares;

        Assert.True(tenantShares < BuiltInFlowControl.NominalConcurrencyShares["system"]);
        Assert.True(tenantShares < BuiltInFlowControl.NominalConcurrencyShares["workload-high"]);
        Assert.True(tenantShares < apf.PlatformControllers.Args.Spec.Limited!.NominalConcurrencyShares);
    }

    [Fact]
    public void Tenants_hold_under_a_tenth_of_each_api_servers_seats()
    {
        var allShares = BuiltInFlowControl.NominalConcurrencyShares.Values.Sum() + apf.Levels.Sum(l => l.Args.Spec.Limited!.NominalConcurrencyShares!.Value);

        Assert.True(apf.TenantWorkloads.Args.Spec.Limited!.NominalConcurrencyShares * 10 < allShares);
    }

    [Fact]
    public void Tenants_may_borrow_at_most_their_own_share_again()
    {
        Assert.Equal(100, apf.TenantWorkloads.Args.Spec.Limited!.BorrowingLimitPercent);
    }

    [Fact]
    public void Tenant_requests_queue_fairly_by_namespace_instead_of_being_rejected()
    {
        Assert.Equal(LimitResponseType.Queue, apf.TenantWorkloads.Args.Spec.Limited!.LimitResponse.Type);
        Assert.Equal(FlowDistinguisherMethodType.ByNamespace, apf.TenantWorkloadsSchema.Args.Spec.DistinguisherMethod!.Type);
    }

    [Fact]
    public void Every_service_account_of_each_platform_namespace_is_a_platform_controller()
    {
        var subjects = Assert.Single(apf.PlatformControllersSchema.Args.Spec.Rules!).Subjects;

        Assert.Equal(
            [("monitoring", "*"), ("ingress", "*")],
            subjects.Select(s => (s.ServiceAccount!.Namespace, s.ServiceAccount.Name)));
    }

    [Fact]
    public void Platform_leases_use_the_built_in_leader_election_level()
    {
        var spec = apf.PlatformLeaderElection.Args.Spec;

        Assert.Equal(BuiltInFlowControl.LeaderElectionLevel, spec.PriorityLevelConfiguration.Name.KnownValue);
        Assert.InRange(spec.MatchingPrecedence!.Value, BuiltInFlowControl.WorkloadLeaderElectionPrecedence + 1, BuiltInFlowControl.SystemNodeHighPrecedence - 1);
    }

    [Fact]
    public void No_built_in_level_is_redeclared()
    {
        var names = apf.Levels.Select(l => l.Metadata!.Name!.Value.KnownValue!);

        Assert.DoesNotContain(names, BuiltInFlowControl.NominalConcurrencyShares.ContainsKey);
    }

    [Theory]
    [InlineData(10, 64)]
    [InlineData(100, 128)]
    [InlineData(300, 512)]
    [InlineData(5000, 512)]
    public void Tenant_queues_grow_with_the_expected_tenant_namespaces(int tenants, int queues)
    {
        Assert.Equal(queues, ApiPriorityAndFairness.TenantQueues(tenants));
    }

    [Fact]
    public void Kube_system_is_refused_as_a_platform_namespace()
    {
        var error = Assert.Throws<ArgumentException>(() => new ApiPriorityAndFairness(
            new InfraProgram("test", "test").Root, new ApiPriorityAndFairnessArgs { PlatformNamespaces = ["kube-system"] }));

        Assert.Contains("'kube-system'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_platform_namespace_list_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ApiPriorityAndFairness(
            new InfraProgram("test", "test").Root, new ApiPriorityAndFairnessArgs { PlatformNamespaces = [] }));

        Assert.Contains("PlatformNamespaces is empty", error.Message, StringComparison.Ordinal);
    }
}
