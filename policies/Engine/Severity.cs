namespace Infra.Policies.Engine;

/// <summary>
/// The enforcement a finding was raised under. Declared most severe first, so findings sort
/// with mandatory ones on top and informational ones last.
/// </summary>
public enum Severity
{
    Mandatory,
    Advisory,

    /// <summary>
    /// A fact the report shows, not a problem: raised only by informational rules
    /// (<see cref="PolicyRule.Informational"/>), whatever their enforcement; never blocks.
    /// </summary>
    Informational,
}
