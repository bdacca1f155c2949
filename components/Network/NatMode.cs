namespace Infra.Network;

/// <summary>How private subnets reach the internet.</summary>
public enum NatMode
{
    /// <summary>
    /// One NAT gateway (and Elastic IP) per zone; each zone's private route table uses its own zone's
    /// gateway, so losing a zone never cuts the others off and no traffic crosses zones (no inter-zone charge).
    /// </summary>
    PerZone,

    /// <summary>One NAT gateway in the first zone for all private subnets: cheaper, for dev; a zone outage there cuts egress everywhere.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "A count of gateways, not the System.Single type.")]
    Single,
}
