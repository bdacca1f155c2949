using System.Security.Cryptography;
using System.Text;

namespace Infra.NodeIam;

/// <summary>
/// IAM role names: unique per account and at most 64 characters. The name is the cluster name
/// followed by the component path (the cluster name is not repeated when the path starts with it),
/// so two clusters in one account never collide. Longer names keep their first 55 characters and
/// end with 8 hex digits of the full name's SHA-256: still readable, still unique, still stable.
/// </summary>
public static class IamRoleName
{
    public const int MaxLength = 64;

    private const int HashLength = 8;

    public static string For(string clusterName, string logicalName)
    {
        ArgumentNullException.ThrowIfNull(logicalName);
        var name = logicalName.StartsWith(clusterName + "-", StringComparison.Ordinal) || logicalName == clusterName
            ? logicalName
            : $"{clusterName}-{logicalName}";
        if (name.Length <= MaxLength)
        {
            return name;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..HashLength];
        return $"{name[..(MaxLength - HashLength - 1)].TrimEnd('-')}-{hash}";
    }
}
