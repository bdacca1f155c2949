using System.Text.RegularExpressions;

namespace Infra.Tests.Conformance;

/// <summary>
/// The type token an installed SDK class declares (its <c>static __pulumiType</c>), so a token
/// that only resembles the right one (<c>aws:ec2/subnet:Vpc</c> still names class <c>aws.ec2.Vpc</c>)
/// is caught: the compiler sees the class, Pulumi sees the token.
/// </summary>
internal static partial class SdkTypeTokens
{
    private static readonly Dictionary<string, string> PackageFolders = new(StringComparer.Ordinal)
    {
        ["aws"] = "aws",
        ["k8s"] = "kubernetes",
        ["tls"] = "tls",
    };

    /// <summary>
    /// Null when <paramref name="token"/> is what its class declares (or Pulumi's short form of it,
    /// <c>aws:ec2:Vpc</c>), or when the class's module cannot be found (the compiler reports that);
    /// otherwise the token the class declares.
    /// </summary>
    public static string? Mismatch(string token, string className)
    {
        var parts = className.Split('.');
        if (!PackageFolders.TryGetValue(parts[0], out var package) || parts[^1] == "Provider")
        {
            return null; // providers and StackReference are typed by Pulumi itself, not by a class token
        }

        var name = parts[^1];
        var module = Path.Combine([ConformanceWorkspace.Directory, "node_modules", "@pulumi", package, .. parts[1..^1], char.ToLowerInvariant(name[0]) + name[1..] + ".js"]);
        if (!File.Exists(module) || DeclaredToken().Match(File.ReadAllText(module)) is not { Success: true } declared)
        {
            return null;
        }

        var canonical = declared.Groups["token"].Value;
        var segments = canonical.Split(':');
        var shortForm = $"{segments[0]}:{segments[1].Split('/')[0]}:{segments[^1]}";
        return token == canonical || token == shortForm ? null : canonical;
    }

    [GeneratedRegex(@"static __pulumiType = '(?<token>[^']+)'")]
    private static partial Regex DeclaredToken();
}
