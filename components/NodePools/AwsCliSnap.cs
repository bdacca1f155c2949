using Infra.Boot;

namespace Infra.NodePools;

/// <summary>
/// The AWS CLI on our Ubuntu 24.04 nodes: the image ships it as a snap only. Boot steps need it for SSM and
/// services for S3; it is linked into /usr/local/bin because systemd services' PATH has no /snap/bin. Installed by
/// a retried boot step (the snap store can fail transiently like any download), not by cloud-init's snap module,
/// which tries once.
/// </summary>
public static class AwsCliSnap
{
    /// <summary>
    /// Waits for snapd to finish seeding (early at first boot it refuses installs), installs the snap (a no-op when
    /// installed), then links it.
    /// </summary>
    public static IReadOnlyList<string> Commands { get; } =
        ["snap wait system seed.loaded", "snap install aws-cli --classic", "ln -sf /snap/bin/aws /usr/local/bin/aws"];

    /// <summary>The bash function the step calls.</summary>
    public static string Function => $"install_aws_cli() {{\n{string.Concat(Commands.Select(c => $"  {c}\n"))}}}\n";

    public static BootStep Step { get; } = BootStep.Retried("install-aws-cli", "install the AWS CLI snap", "install_aws_cli");
}
