using Infra.ControlPlane;
using Infra.ControlPlane.Protection;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// The API servers of every control-plane group (<see cref="ControlPlaneNodesAnnotation"/>) write an audit log: they run
/// with <c>--audit-policy-file</c> naming the file the policy is written to (<see cref="AuditPolicy.FilePath"/>) and with
/// <c>--audit-log-path</c>, and the written policy has a rule recording something (a level other than None).
/// </summary>
public sealed class ApiServerAuditEnabled : PolicyRule
{
    public override string Id => "CP-007";

    public override string Title => "The API servers keep an audit log";

    public override string Rationale =>
        "The audit log is the only record of who read a Secret or granted a role; without it an incident cannot be traced. "
        + "kube-apiserver audits nothing unless given both a policy file and a log path.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        foreach (var (group, nodes) in ControlPlaneGroups.Of(context))
        {
            var where = $"the API servers in zone {nodes.Zone}";
            var policyFile = ControlPlaneGroups.ApiServerArg(nodes, "audit-policy-file");
            if (string.IsNullOrEmpty(policyFile))
            {
                yield return RuleViolation.Of(group, $"{where} run without --audit-policy-file: set it to {AuditPolicy.FilePath} (ControlPlaneHardening.ApiServerArgs does)");
            }
            else if (policyFile != AuditPolicy.FilePath)
            {
                yield return RuleViolation.Of(group, $"{where} read their audit policy from {policyFile}, but it is written to {AuditPolicy.FilePath}: set --audit-policy-file={AuditPolicy.FilePath}");
            }

            if (string.IsNullOrEmpty(ControlPlaneGroups.ApiServerArg(nodes, "audit-log-path")))
            {
                yield return RuleViolation.Of(group, $"{where} run without --audit-log-path, so nothing is written: set it to {ControlPlanePaths.AuditLogFile} (ControlPlaneHardening.ApiServerArgs does)");
            }

            if (nodes.Audit is null)
            {
                yield return RuleViolation.Of(group, $"{where} have no audit policy written: write AuditPolicy.Default() to {AuditPolicy.FilePath}");
            }
            else if (!nodes.Audit.Rules.Any(rule => rule.Level != AuditLevel.None))
            {
                yield return RuleViolation.Of(group, $"{where} have an audit policy of {nodes.Audit.Rules.Count} rule(s), none recording anything: end it with a Metadata rule for everything (AuditPolicy.Default() does)");
            }
        }
    }
}
