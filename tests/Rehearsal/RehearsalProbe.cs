namespace Infra.Tests.Rehearsal;

/// <summary>A connection the rehearsal attempts: from <see cref="Source"/> to a listener on <see cref="Destination"/>.</summary>
internal sealed record RehearsalProbe(string Source, string Destination, string Protocol, int Port)
{
    public override string ToString() => $"{Source} -> {Destination} {Protocol}/{Port}";
}
