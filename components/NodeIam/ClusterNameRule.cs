using System.Text.RegularExpressions;

namespace Infra.NodeIam;

/// <summary>
/// What a cluster name may be: it ends up in IAM role names, SSM parameter paths and tag keys
/// (<c>kubernetes.io/cluster/&lt;name&gt;</c>), so lower-case letters, digits and single '-' only.
/// </summary>
public static partial class ClusterNameRule
{
    /// <summary>The fix to name in error messages.</summary>
    public const string Requirement = "use lower-case letters, digits and '-', starting with a letter (e.g. 'prod-eu')";

    public static bool IsValid(string name) => name is not null && Pattern().IsMatch(name);

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
