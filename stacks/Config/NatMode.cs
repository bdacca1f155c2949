namespace Infra.Stacks.Config;

/// <summary>How private subnets reach the internet: <c>perZone</c> (one NAT gateway per zone, so a zone outage
/// only cuts that zone's egress) or <c>single</c> (one shared NAT gateway, cheaper, one zone's failure cuts all egress).</summary>
public enum NatMode
{
    PerZone,
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Spelt 'single' in config, which users write.")]
    Single,
}
