namespace Infra.Aws.Ec2;

/// <summary>One size of a family; GPUs and instance store (GB, the unit AWS lists it in) where the family has them.</summary>
public sealed record InstanceSize(string Name, int Gpus = 0, int InstanceStoreGb = 0)
{
    /// <summary>medium 1, large 2, xlarge 4, <c>N</c>xlarge 4N: the rule of every family in the table.</summary>
    public int Vcpus => Name switch
    {
        "medium" => 1,
        "large" => 2,
        "xlarge" => 4,
        _ => 4 * int.Parse(Name[..^"xlarge".Length], System.Globalization.CultureInfo.InvariantCulture),
    };
}
