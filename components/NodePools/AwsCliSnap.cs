namespace Infra.NodePools;

/// <summary>
/// The AWS CLI on our Ubuntu 24.04 nodes: the image ships it as a snap only. Boot scripts need it for SSM and
/// services for S3; it is linked into /usr/local/bin because systemd services' PATH has no /snap/bin.
/// </summary>
public static class AwsCliSnap
{
    /// <summary>Cloud-init <c>snap.commands</c>: install it, then link it.</summary>
    public static IReadOnlyList<string> Commands { get; } = ["snap install aws-cli --classic", "ln -sf /snap/bin/aws /usr/local/bin/aws"];
}
