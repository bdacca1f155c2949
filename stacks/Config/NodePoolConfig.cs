namespace Infra.Stacks.Config;

/// <summary>A group of worker nodes that scales between <see cref="Min"/> and <see cref="Max"/>;
/// the loader guarantees <c>Min &lt;= Desired &lt;= Max</c> and at least one instance type.</summary>
public sealed record NodePoolConfig
{
    /// <summary>DNS label naming the pool (<c>general</c>); part of resource names and node labels.</summary>
    public required string Name { get; init; }

    public required int Min { get; init; }

    public required int Max { get; init; }

    /// <summary>Size at creation; the cluster autoscaler moves it afterwards.</summary>
    public required int Desired { get; init; }

    /// <summary>EC2 instance types, preferred first; several let the group ride out one type's capacity shortage.</summary>
    public required EquatableList<string> InstanceTypes { get; init; }

    /// <summary>Whether the nodes' instance-store NVMe disks become local volumes (<c>NodePoolArgs.LocalSsd</c>); off unless set.</summary>
    public bool LocalSsd { get; init; }
}
