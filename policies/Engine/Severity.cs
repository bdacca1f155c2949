namespace Infra.Policies.Engine;

/// <summary>
/// The enforcement a finding was raised under. Declared most severe first, so findings sort
/// with mandatory ones on top.
/// </summary>
public enum Severity
{
    Mandatory,
    Advisory,
}
