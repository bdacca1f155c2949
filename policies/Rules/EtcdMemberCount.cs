using Infra.Etcd;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>Every etcd cluster runs an odd number of members, at least <see cref="MinimumMembers"/>.</summary>
public sealed class EtcdMemberCount : PolicyRule
{
    /// <summary>Five: a quorum of three survives two failures (a zone holding two members, or maintenance plus a crash).</summary>
    public const int MinimumMembers = EtcdClusterLayout.ProductionMinimum;

    public override string Id => "CP-001";

    public override string Title => "etcd clusters run an odd number of members, at least five";

    public override string Rationale =>
        "Three members survive one failure only, so a member in maintenance plus any crash stops every write; "
        + "an even count tolerates no more failures than the odd count below it while every write waits on one more acknowledgement.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context) =>
        from cluster in EtcdMembers.Of(context)
        let count = cluster.Members.Count
        where count < MinimumMembers || count % 2 == 0
        let development = cluster.Members[0].Member.Development
        select RuleViolation.Of(
            cluster.Members[0].Instance,
            $"etcd cluster '{cluster.Name}' has {count} member(s){(development ? ", laid out for development" : "")}: "
            + $"run an odd count of at least {MinimumMembers}: the member count comes from the environment's profile, so set infra:environment to staging or prod (five members), or add a reviewed waiver of {Id} to policies/waivers.yaml");
}
