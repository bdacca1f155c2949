namespace Infra.Model;

/// <summary>
/// The model of one stack's program: its resources in declaration order, the config keys it reads
/// at deploy time, and its outputs. Components build it; emitters and policies read it.
/// </summary>
public sealed class InfraProgram
{
    private readonly List<Resource> resources = [];
    private readonly Dictionary<string, Resource> resourcesByName = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, ConfigVariable> config = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, StackOutput> outputs = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, ProgramVariable> variables = new(StringComparer.Ordinal);

    public InfraProgram(string name, string description)
    {
        Name = name;
        Description = description;
        Root = Scope.RootOf(this);
    }

    /// <summary>The Pulumi project name; also the namespace of its config keys.</summary>
    public string Name { get; }

    public string Description { get; }

    public Scope Root { get; }

    public IReadOnlyList<Resource> Resources => resources;

    public IReadOnlyDictionary<string, ConfigVariable> Config => config;

    public IReadOnlyDictionary<string, StackOutput> Outputs => outputs;

    public IReadOnlyDictionary<string, ProgramVariable> Variables => variables;

    public IEnumerable<T> ResourcesOf<T>() => resources.OfType<T>();

    public Resource? Find(string logicalName) => resourcesByName.GetValueOrDefault(logicalName);

    internal void Add(Resource resource)
    {
        if (variables.ContainsKey(resource.Name) || !resourcesByName.TryAdd(resource.Name, resource))
        {
            throw new InvalidOperationException(
                $"two resources share the logical name '{resource.Name}' ({resourcesByName[resource.Name].Path} and {resource.Path}): give one of them another id");
        }

        resources.Add(resource);
    }

    /// <summary>Declares a config key of this project that Pulumi resolves at deploy time.</summary>
    public ConfigVariable DeclareConfig(string name, string type, bool secret)
    {
        var variable = new ConfigVariable(name, $"{Name}:{name}", type, secret);
        if (config.TryGetValue(name, out var existing) && existing != variable)
        {
            throw new InvalidOperationException($"config key '{variable.QualifiedKey}' is declared twice with different types");
        }

        config[name] = variable;
        return variable;
    }

    /// <summary>
    /// The variable <paramref name="name"/>, defined by <paramref name="value"/> the first time it is
    /// asked for: components that share a value (the AWS account id, say) ask for it by the same name
    /// and get the same reference. Variables share the namespace of resources.
    /// </summary>
    public Expr<T> Variable<T>(string name, Func<Expr<T>> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var logicalName = ResourcePath.Root.Append(name).LogicalName;
        if (resourcesByName.ContainsKey(logicalName))
        {
            throw new InvalidOperationException($"variable '{name}' has the name of a resource: give it another name");
        }

        if (!variables.TryGetValue(logicalName, out var variable))
        {
            variable = new ProgramVariable(logicalName, value().Node);
            variables[logicalName] = variable;
        }

        return Expr<T>.FromNode(variable);
    }

    /// <summary>Exports a stack output; secret outputs are wrapped in <c>fn::secret</c>.</summary>
    public void Export(string name, object value, bool secret = false)
    {
        if (!outputs.TryAdd(name, new StackOutput(name, value, secret)))
        {
            throw new InvalidOperationException($"stack output '{name}' is exported twice");
        }
    }
}

/// <summary>A stack output: a value other stacks and people read after <c>pulumi up</c>.</summary>
public sealed record StackOutput(string Name, object Value, bool Secret);
