using System.Text;
using Infra.Emit.Gzip;

namespace Infra.Aws.Ec2;

/// <summary>
/// A machine's user data as EC2 receives it: its cloud-config, gzip-compressed and base64-encoded. EC2 refuses
/// user data over <see cref="Ec2LimitBytes"/> (counted before base64), and a control plane's cloud-config (software
/// installer, boot library, kubeadm and API server files) is larger than that as text. cloud-init recognises
/// gzip by its magic bytes and inflates it before reading the document, so the whole boot stays in the user data
/// and needs no second channel (S3 or SSM) to fetch files from before the machine can reach them.
/// The text is compiled in, never a deploy-time value, and the compression is <see cref="DeterministicGzip"/>:
/// the same text yields the same bytes on every machine that runs the compiler, so an unchanged boot never
/// looks changed (a changed user data replaces an etcd member).
/// </summary>
public sealed record UserData
{
    /// <summary>EC2's limit on user data, before base64 (RunInstances, launch templates).</summary>
    public const int Ec2LimitBytes = 16 * 1024;

    /// <summary>
    /// What any machine's user data may use: 14 KiB, so a component that grows by 2 KiB still launches;
    /// past it, move large files out of the user data rather than raising this.
    /// </summary>
    public const int BudgetBytes = 14 * 1024;

    private UserData(string cloudConfig, byte[] compressed)
    {
        CloudConfig = cloudConfig;
        Compressed = compressed;
    }

    /// <summary>The readable document (<c>infra render</c> writes it).</summary>
    public string CloudConfig { get; }

    /// <summary>The bytes EC2 stores and counts against its limit.</summary>
    public IReadOnlyList<byte> Compressed { get; }

    /// <summary>What launch templates' <c>userData</c> and instances' <c>userDataBase64</c> take.</summary>
    public string Base64 => Convert.ToBase64String([.. Compressed]);

    /// <summary>
    /// Compresses <paramref name="cloudConfig"/> of the machine named <paramref name="machine"/>; refuses a result
    /// over <see cref="BudgetBytes"/>, naming the machine and the sizes.
    /// </summary>
    public static UserData Of(string machine, string cloudConfig)
    {
        ArgumentNullException.ThrowIfNull(cloudConfig);
        var compressed = DeterministicGzip.Compress(Encoding.UTF8.GetBytes(cloudConfig));
        if (compressed.Length > BudgetBytes)
        {
            throw new ArgumentException(
                $"{machine}: user data is {compressed.Length} bytes compressed ({Encoding.UTF8.GetByteCount(cloudConfig)} as text), over the budget of {BudgetBytes} " +
                $"(EC2 refuses more than {Ec2LimitBytes}): move large files out of the cloud-config, e.g. fetch them at boot",
                nameof(cloudConfig));
        }

        return new UserData(cloudConfig, compressed);
    }
}
