using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Infra.Tests.Conformance;

/// <summary>
/// Where the npm SDKs declare what a Pulumi type token names: the class of a resource, the
/// <c>...Output</c> form of a provider function, and how names are written in TypeScript.
/// </summary>
internal static partial class TypeScriptNames
{
    /// <summary>Pulumi package name to the alias its npm SDK is imported under.</summary>
    public static readonly IReadOnlyDictionary<string, string> PackageAliases = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["aws"] = "aws",
        ["kubernetes"] = "k8s",
        ["tls"] = "tls",
    };

    /// <summary>
    /// The class a resource type token names, e.g. <c>aws:ec2/vpc:Vpc</c> to <c>aws.ec2.Vpc</c>,
    /// <c>kubernetes:rbac.authorization.k8s.io/v1:Role</c> to <c>k8s.rbac.v1.Role</c>; null when no
    /// installed SDK could hold it.
    /// </summary>
    public static string? ClassOf(string token)
    {
        if (token == "pulumi:pulumi:StackReference")
        {
            return "pulumi.StackReference";
        }

        var segments = token.Split(':');
        if (segments is ["pulumi", "providers", var providerPackage])
        {
            return PackageAliases.TryGetValue(providerPackage, out var providerAlias) ? $"{providerAlias}.Provider" : null;
        }

        if (segments.Length != 3 || !PackageAliases.TryGetValue(segments[0], out var alias) || !IsIdentifier(segments[2]))
        {
            return null;
        }

        var module = segments[0] == "kubernetes" ? KubernetesModule(segments[1]) : ModuleBeforeSlash(segments[1]);
        return module is null ? null : Member(alias, module, segments[2]);
    }

    /// <summary>
    /// The function returning an Output that a provider function token names, e.g.
    /// <c>aws:ssm/getParameter:getParameter</c> to <c>aws.ssm.getParameterOutput</c>.
    /// </summary>
    public static string? InvokeOf(string token)
    {
        var segments = token.Split(':');
        if (segments.Length != 3 || !PackageAliases.TryGetValue(segments[0], out var alias) || !IsIdentifier(segments[2]))
        {
            return null;
        }

        var module = ModuleBeforeSlash(segments[1]);
        return module is null ? null : Member(alias, module, segments[2] + "Output");
    }

    /// <summary><c>ec2/vpc</c> and <c>ec2</c> to <c>ec2</c>; <c>index</c> is the package's top level (empty).</summary>
    private static string? ModuleBeforeSlash(string moduleSegment)
    {
        var module = moduleSegment.Split('/')[0];
        return module == "index" ? "" : IsModulePath(module) ? module : null;
    }

    /// <summary>
    /// <c>apps/v1</c> to <c>apps.v1</c>; an API group with dots keeps its first label
    /// (<c>scheduling.k8s.io/v1</c> to <c>scheduling.v1</c>, <c>helm.sh/v3</c> to <c>helm.v3</c>).
    /// </summary>
    private static string? KubernetesModule(string moduleSegment)
    {
        var slash = moduleSegment.IndexOf('/', StringComparison.Ordinal);
        var group = (slash < 0 ? moduleSegment : moduleSegment[..slash]).Split('.')[0];
        var module = slash < 0 ? group : $"{group}.{moduleSegment[(slash + 1)..]}";
        return IsModulePath(module) ? module : null;
    }

    private static string Member(string alias, string module, string name) =>
        module.Length == 0 ? $"{alias}.{name}" : $"{alias}.{module}.{name}";

    private static bool IsModulePath(string module) => module.Split('.').All(IsIdentifier);

    public static bool IsIdentifier(string name) => IdentifierPattern().IsMatch(name);

    /// <summary>A TypeScript variable for a Pulumi logical name; prefixed so no name is a keyword or an import alias.</summary>
    public static string VariableFor(string logicalName, string prefix)
    {
        var builder = new StringBuilder(prefix);
        foreach (var c in logicalName)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return builder.ToString();
    }

    /// <summary>An object literal key: bare when it is an identifier, quoted otherwise.</summary>
    public static string Key(string key) => IsIdentifier(key) ? key : StringLiteral(key);

    /// <summary><c>.name</c> or <c>["name"]</c>.</summary>
    public static string MemberAccess(string name) => IsIdentifier(name) ? "." + name : $"[{StringLiteral(name)}]";

    public static string StringLiteral(string value) => "\"" + Escape(value, '"') + "\"";

    /// <summary>Literal text inside a template literal: backquotes and <c>${</c> must not start anything.</summary>
    public static string TemplateText(string value) => Escape(value, '`').Replace("${", "\\${", StringComparison.Ordinal);

    private static string Escape(string value, char quote)
    {
        var builder = new StringBuilder(value.Length + 2);
        foreach (var c in value)
        {
            if (c == quote || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c == '\n')
            {
                builder.Append("\\n");
            }
            else if (c < ' ' || c is '\u2028' or '\u2029' or '\u007f')
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex IdentifierPattern();
}
