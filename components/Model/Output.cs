namespace Infra.Model;

/// <summary>A typed output property of a resource, e.g. <c>vpc.Id</c>. Converts to <see cref="Expr{T}"/>.</summary>
public sealed class Output<T> : IExpr
{
    internal Output(Resource resource, string propertyPath) => Reference = new OutputReference(resource, propertyPath);

    public OutputReference Reference { get; }

    object IExpr.Node => Reference;
}

/// <summary>
/// An output of <paramref name="Resource"/> at <paramref name="PropertyPath"/> (a provider property
/// name, optionally followed by accessors such as <c>outputs["kubeconfig"]</c>).
/// </summary>
public sealed record OutputReference(Resource Resource, string PropertyPath) : IDeployTimeValue
{
    public string Source => $"{Resource.Name}.{PropertyPath}";
}

/// <summary>A whole resource used as a value: a provider, a dependency or a parent.</summary>
public sealed record ResourceReference(Resource Resource) : IDeployTimeValue
{
    public string Source => Resource.Name;
}
