using Infra.Model;

namespace Infra.Aws.Ebs;

/// <summary>Args of <c>aws:ebs/volume:Volume</c>, with the provider's property names.</summary>
public sealed record VolumeArgs
{
    /// <summary>The zone the volume lives in: only instances of that zone can attach it.</summary>
    public required string AvailabilityZone { get; init; }

    /// <summary>"gp3", "io2", ...</summary>
    public required string Type { get; init; }

    /// <summary>Size in GiB.</summary>
    public required int Size { get; init; }

    /// <summary>Provisioned IOPS (gp3, io1, io2).</summary>
    public int? Iops { get; init; }

    /// <summary>Provisioned throughput in MiB/s (gp3 only).</summary>
    public int? Throughput { get; init; }

    public bool? Encrypted { get; init; }

    /// <summary>Take a snapshot before the volume is deleted.</summary>
    public bool? FinalSnapshot { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}

/// <summary>An EBS volume managed apart from any instance, so it outlives the instances it is attached to.</summary>
public sealed class Volume(Scope scope, string id, VolumeArgs args, ResourceOptions? options = null)
    : Resource<VolumeArgs>(scope, id, "aws:ebs/volume:Volume", args, options)
{
    public Output<string> Id => Output<string>("id");

    public Output<string> Arn => Output<string>("arn");
}
