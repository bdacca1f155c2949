namespace Infra.Model;

/// <summary>
/// A value Pulumi knows when it runs the program: <c>${pulumi.organization}</c>,
/// <c>${pulumi.project}</c>, <c>${pulumi.stack}</c>. The compiler never guesses them.
/// </summary>
public sealed record PulumiBuiltin(string Name) : IDeployTimeValue
{
    public static readonly PulumiBuiltin Organization = new("organization");
    public static readonly PulumiBuiltin Project = new("project");
    public static readonly PulumiBuiltin Stack = new("stack");

    public string Source => $"pulumi.{Name}";
}
