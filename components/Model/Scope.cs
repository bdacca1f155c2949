namespace Infra.Model;

/// <summary>
/// Where a component or resource is declared: the program it belongs to, its path, and the
/// provider each package's resources use. Components create child scopes for their parts.
/// </summary>
public sealed class Scope
{
    private readonly IReadOnlyDictionary<string, Resource> providers;

    private Scope(InfraProgram program, ResourcePath path, IReadOnlyDictionary<string, Resource> providers)
    {
        Program = program;
        Path = path;
        this.providers = providers;
    }

    public static Scope RootOf(InfraProgram program) => new(program, ResourcePath.Root, new Dictionary<string, Resource>());

    public InfraProgram Program { get; }

    public ResourcePath Path { get; }

    public Scope Child(string id) => new(Program, Path.Append(id), providers);

    /// <summary>A scope whose resources of <paramref name="package"/> use <paramref name="provider"/>.</summary>
    public Scope WithProvider(string package, Resource provider) =>
        new(Program, Path, new Dictionary<string, Resource>(providers) { [package] = provider });

    public Resource? ProviderFor(string package) => providers.GetValueOrDefault(package);
}
