namespace Infra.Stacks.Config;

/// <summary>One entry of <see cref="ConfigSchema"/>: a config key as users write it, with what it accepts.</summary>
public sealed record ConfigKey(string Name, ConfigValueType Type, string Description)
{
    /// <summary>Namespace before the colon: the project name <c>infra</c>, or a provider's (<c>aws</c>).</summary>
    public string Namespace { get; init; } = ConfigSchema.ProjectNamespace;

    /// <summary>Key as written in a stack file and in <c>PULUMI_CONFIG</c>: <c>infra:vpcCidr</c>.</summary>
    public string FullName => $"{Namespace}:{Name}";

    /// <summary>Set with <c>pulumi config set --secret</c>; its value is never read by the compiler, only its presence.</summary>
    public bool Secret { get; init; }

    /// <summary>The stack must set it; otherwise <see cref="Default"/> says where its value comes from.</summary>
    public bool Required { get; init; }

    /// <summary>Layers that read the key; setting it on a stack of another layer is an error.</summary>
    public IReadOnlyList<StackLayer> Layers { get; init; } = [StackLayer.Cluster, StackLayer.Platform];

    /// <summary>Where the value comes from when unset, for the config reference.</summary>
    public string Default { get; init; } = "";

    /// <summary>Numbers: the smallest accepted value. CIDRs: the shortest prefix, i.e. the largest network.</summary>
    public int Minimum { get; init; }

    /// <summary>Numbers: the largest accepted value. CIDRs: the longest prefix, i.e. the smallest network.</summary>
    public int Maximum { get; init; }

    /// <summary>Accepted values, for the config reference.</summary>
    public string Range { get; init; } = "";

    /// <summary>What a reader of the config reference needs to see a key as set.</summary>
    public string Example { get; init; } = "";
}
