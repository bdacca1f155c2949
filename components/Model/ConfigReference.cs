namespace Infra.Model;

/// <summary>
/// A value read from the stack's config by Pulumi at deploy time, declared in the program's
/// <c>config</c> section. Secrets are read this way so the compiler never sees their values.
/// </summary>
public sealed record ConfigReference(ConfigVariable Variable) : IDeployTimeValue
{
    public string Source => $"config {Variable.QualifiedKey}";
}

/// <summary>A config key the program declares: its name in the program, its type, and whether it is secret.</summary>
/// <param name="Name">The key without namespace, as the program references it (<c>kubeconfig</c>).</param>
/// <param name="QualifiedKey">The key as users set it (<c>infra:kubeconfig</c>).</param>
/// <param name="Type">Pulumi YAML config type: <c>string</c>, <c>integer</c>, <c>boolean</c>.</param>
/// <param name="Secret">Whether Pulumi keeps the value encrypted and masked.</param>
public sealed record ConfigVariable(string Name, string QualifiedKey, string Type, bool Secret)
{
    public Expr<T> Read<T>() => Expr<T>.FromNode(new ConfigReference(this));
}
