using Infra.ControlPlane.Protection;
using Infra.Tests.Support;

namespace Infra.Tests.ControlPlane.Protection;

public class AuditPolicyTests
{
    private static readonly string[] AllVerbs = ["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection"];

    private readonly AuditPolicy policy = AuditPolicy.Default();

    [Theory]
    [InlineData("", "secrets")]
    [InlineData("", "configmaps")]
    [InlineData("", "serviceaccounts/token")]
    [InlineData("authentication.k8s.io", "tokenreviews")]
    public void Credentials_are_never_logged_with_a_body(string group, string resource)
    {
        Assert.All(AllVerbs, verb => Assert.True(
            FirstRuleFor(verb, group, resource).Level <= AuditLevel.Metadata,
            $"{verb} {resource} would be logged at {FirstRuleFor(verb, group, resource).Level}"));
    }

    [Fact]
    public void Rbac_changes_are_logged_with_request_and_response()
    {
        Assert.Equal(AuditLevel.RequestResponse, FirstRuleFor("create", "rbac.authorization.k8s.io", "clusterrolebindings").Level);
    }

    [Fact]
    public void Other_writes_are_logged_with_their_request()
    {
        Assert.Equal(AuditLevel.Request, FirstRuleFor("patch", "apps", "deployments").Level);
    }

    [Fact]
    public void Reads_are_logged_as_metadata()
    {
        Assert.Equal(AuditLevel.Metadata, FirstRuleFor("list", "", "pods").Level);
    }

    [Fact]
    public void Kube_proxy_watching_endpoint_slices_is_not_logged()
    {
        var rule = policy.Rules.First(r => r.Users?.Contains("system:kube-proxy") == true);

        Assert.Equal(AuditLevel.None, rule.Level);
        Assert.Equal(["watch"], rule.Verbs);
        Assert.Contains(rule.Resources!, r => r.Group == "discovery.k8s.io" && r.Resources!.Contains("endpointslices"));
    }

    [Fact]
    public void Health_and_metrics_probes_are_not_logged()
    {
        var rule = Assert.Single(policy.Rules, r => r.NonResourceUrls is not null);

        Assert.Equal(AuditLevel.None, rule.Level);
        Assert.Equal(["/healthz*", "/livez*", "/readyz*", "/metrics"], rule.NonResourceUrls);
    }

    [Fact]
    public void The_request_received_stage_is_omitted()
    {
        Assert.Equal([AuditStage.RequestReceived], policy.OmitStages);
    }

    [Fact]
    public void The_file_text_is_the_reviewed_policy()
    {
        Golden.AssertMatches(policy.ToYaml(), "audit-policy.yaml");
    }

    // The first rule that could match a resource request, whoever sends it: a rule limited to some users
    // counts as matching, so the check also covers those users.
    private AuditRule FirstRuleFor(string verb, string group, string resource) => policy.Rules.First(rule =>
        rule.NonResourceUrls is null
        && (rule.Verbs is null || rule.Verbs.Contains(verb))
        && (rule.Resources is null || rule.Resources.Any(r => r.Group == group && (r.Resources is null || r.Resources.Contains(resource)))));
}
