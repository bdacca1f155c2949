namespace Infra.Model;

/// <summary>
/// A resource in the graph: its provider type token, its logical name (from its path), its typed
/// args record, its options and its annotations. Constructing one registers it in the scope's program.
/// </summary>
public abstract class Resource
{
    private readonly List<object> annotations = [];

    protected Resource(Scope scope, string id, string type, object args, ResourceOptions? options)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Path = scope.Path.Append(id);
        Type = type;
        Args = args;
        var resolved = options ?? ResourceOptions.None;
        if (resolved.Provider is null && scope.ProviderFor(Package) is { } provider)
        {
            resolved = resolved with { Provider = provider };
        }

        Options = resolved;
        Program = scope.Program;
        Program.Add(this);
    }

    /// <summary>The exact Pulumi type token, e.g. <c>aws:ec2/vpc:Vpc</c>.</summary>
    public string Type { get; }

    public ResourcePath Path { get; }

    /// <summary>The Pulumi logical name, derived from <see cref="Path"/>.</summary>
    public string Name => Path.LogicalName;

    /// <summary>The args record; its properties are the provider's input properties.</summary>
    public object Args { get; }

    public ResourceOptions Options { get; }

    public InfraProgram Program { get; }

    /// <summary>The package the type belongs to (<c>aws</c>, <c>kubernetes</c>); <c>pulumi</c> for providers and stack references.</summary>
    public string Package => Type[..Type.IndexOf(':', StringComparison.Ordinal)];

    /// <summary>Facts about the resource for policies and renderers that its args do not carry (e.g. "fronts a public load balancer").</summary>
    public IReadOnlyList<object> Annotations => annotations;

    public Resource Annotate(object annotation)
    {
        annotations.Add(annotation);
        return this;
    }

    public bool Has<TAnnotation>() => annotations.OfType<TAnnotation>().Any();

    public ResourceReference AsReference() => new(this);

    protected Output<T> Output<T>(string propertyPath) => new(this, propertyPath);

    public override string ToString() => $"{Path} ({Type})";
}

/// <summary>A resource whose args record is of type <typeparamref name="TArgs"/>.</summary>
public abstract class Resource<TArgs>(Scope scope, string id, string type, TArgs args, ResourceOptions? options)
    : Resource(scope, id, type, args, options)
    where TArgs : class
{
    public new TArgs Args => (TArgs)base.Args;
}
