using Infra.Model;

namespace Infra.Aws.Ec2;

/// <summary>Args of <c>aws:ec2/volumeAttachment:VolumeAttachment</c>, with the provider's property names.</summary>
public sealed record VolumeAttachmentArgs
{
    /// <summary>The name EC2 records the attachment under (e.g. <c>/dev/sdf</c>); Nitro instances expose it as an NVMe device regardless.</summary>
    public required string DeviceName { get; init; }

    public required Expr<string> InstanceId { get; init; }

    public required Expr<string> VolumeId { get; init; }

    /// <summary>Stop the instance before detaching, so a filesystem is never cut off mid-write.</summary>
    public bool? StopInstanceBeforeDetaching { get; init; }
}

/// <summary>Attaches an EBS volume to an instance.</summary>
public sealed class VolumeAttachment(Scope scope, string id, VolumeAttachmentArgs args, ResourceOptions? options = null)
    : Resource<VolumeAttachmentArgs>(scope, id, "aws:ec2/volumeAttachment:VolumeAttachment", args, options);
