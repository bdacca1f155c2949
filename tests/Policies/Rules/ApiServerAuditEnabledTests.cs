using Infra.ControlPlane.Protection;
using Infra.Policies.Rules;
using static Infra.Tests.Policies.Rules.ControlPlanePolicyFixture;

namespace Infra.Tests.Policies.Rules;

public sealed class ApiServerAuditEnabledTests
{
    private readonly ApiServerAuditEnabled rule = new();

    [Fact]
    public void Api_servers_without_an_audit_policy_flag_are_flagged_on_their_group_with_the_fix()
    {
        var program = RuleFixture.Program();
        ControlPlaneGroup(program, Nodes().WithoutApiServerArg("audit-policy-file"));

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("control-plane/eu-west-1a/group", violation.ResourcePath);
        Assert.Contains("the API servers in zone eu-west-1a run without --audit-policy-file: set it to /etc/kubernetes/audit/policy.yaml", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_audit_policy_flag_naming_another_file_than_the_written_policy_is_flagged()
    {
        var program = RuleFixture.Program();
        ControlPlaneGroup(program, Nodes().WithApiServerArg("audit-policy-file", "/etc/kubernetes/other.yaml"));

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Contains("read their audit policy from /etc/kubernetes/other.yaml, but it is written to /etc/kubernetes/audit/policy.yaml", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Api_servers_without_an_audit_log_path_are_flagged()
    {
        var program = RuleFixture.Program();
        ControlPlaneGroup(program, Nodes().WithoutApiServerArg("audit-log-path"));

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Contains("run without --audit-log-path, so nothing is written", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Api_servers_with_no_audit_policy_written_are_flagged()
    {
        var program = RuleFixture.Program();
        ControlPlaneGroup(program, Nodes() with { Audit = null });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Contains("have no audit policy written: write AuditPolicy.Default()", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_audit_policy_recording_nothing_is_flagged()
    {
        var program = RuleFixture.Program();
        ControlPlaneGroup(program, Nodes() with { Audit = new AuditPolicy { Rules = [new AuditRule { Level = AuditLevel.None }] } });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Contains("an audit policy of 1 rule(s), none recording anything", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hardened_flags_and_the_default_policy_pass()
    {
        var program = RuleFixture.Program();
        ControlPlaneGroup(program, Nodes());

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
