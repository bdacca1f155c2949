namespace Infra.NodePools;

/// <summary>An EC2 instance type split into family and size: <c>m7i.4xlarge</c> is family <c>m7i</c>, size <c>4xlarge</c>.</summary>
public sealed record InstanceTypeName(string Family, string Size)
{
    /// <summary>Null when <paramref name="instanceType"/> is not of the form <c>family.size</c>.</summary>
    public static InstanceTypeName? Parse(string instanceType)
    {
        ArgumentNullException.ThrowIfNull(instanceType);
        var parts = instanceType.Split('.');
        return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0 ? new InstanceTypeName(parts[0], parts[1]) : null;
    }

    public override string ToString() => $"{Family}.{Size}";
}
