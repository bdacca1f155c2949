using System.Text.RegularExpressions;

namespace Infra.Aws.Ssm;

/// <summary>What a parameter path prefix may be: IAM grants read on <c>parameter{path}/*</c>, so it starts with '/' and has no trailing '/'.</summary>
public static partial class ParameterPathRule
{
    /// <summary>The fix to name in error messages.</summary>
    public const string Requirement = "start with '/', no trailing '/', segments of letters, digits, '_', '.' and '-' (e.g. '/infra')";

    public static bool IsValid(string path) => path is not null && Pattern().IsMatch(path);

    [GeneratedRegex("^(/[A-Za-z0-9_.-]+)+$")]
    private static partial Regex Pattern();
}
