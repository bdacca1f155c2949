using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Conformance;

/// <summary>
/// Writes a Pulumi YAML value as the TypeScript expression with the same type: references become
/// typed property accesses, interpolations <c>pulumi.interpolate</c>, built-in functions their SDK
/// equivalents. Whatever it cannot express is added to the problems and written as <c>(undefined as any)</c>,
/// so one gap does not hide the rest of the program from the compiler.
/// </summary>
internal sealed partial class TypeScriptValueWriter(
    IReadOnlyDictionary<string, string> resourceVariables,
    IReadOnlyDictionary<string, ConfigDeclaration> config)
{
    private const string Untranslated = "(undefined as any)";

    /// <summary>Pulumi YAML's <c>${pulumi.*}</c> variables and the SDK calls giving them.</summary>
    private static readonly SortedDictionary<string, string> PulumiVariables = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["cwd"] = "process.cwd()",
        ["organization"] = "pulumi.getOrganization()",
        ["project"] = "pulumi.getProject()",
        ["stack"] = "pulumi.getStack()",
    };

    /// <summary>Functions that wrap one argument: <c>{0}</c> is the argument's expression.</summary>
    private static readonly SortedDictionary<string, string> UnaryFunctions = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["fn::assetArchive"] = "new pulumi.asset.AssetArchive({0})",
        ["fn::fileArchive"] = "new pulumi.asset.FileArchive({0})",
        ["fn::fileAsset"] = "new pulumi.asset.FileAsset({0})",
        ["fn::fromBase64"] = "pulumi.output({0}).apply(v => Buffer.from(v, \"base64\").toString(\"utf8\"))",
        ["fn::remoteArchive"] = "new pulumi.asset.RemoteArchive({0})",
        ["fn::remoteAsset"] = "new pulumi.asset.RemoteAsset({0})",
        ["fn::secret"] = "pulumi.secret({0})",
        ["fn::stringAsset"] = "new pulumi.asset.StringAsset({0})",
        ["fn::toBase64"] = "pulumi.output({0}).apply(v => Buffer.from(v).toString(\"base64\"))",
        ["fn::toJSON"] = "pulumi.jsonStringify({0})",
    };

    /// <summary>Functions taking <c>[first, second]</c>: <c>{0}</c> and <c>{1}</c> are their expressions.</summary>
    private static readonly SortedDictionary<string, string> BinaryFunctions = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["fn::join"] = "pulumi.output({1}).apply(v => v.join({0}))",
        ["fn::select"] = "pulumi.output({1}).apply(v => v[{0}])",
        ["fn::split"] = "pulumi.output({1}).apply(v => v.split({0}))",
    };

    /// <summary>Nodes Pulumi YAML converts to strings (<see cref="StringCoercions"/>), while one resource's properties are written.</summary>
    private IReadOnlySet<YamlNode> coercedToString = new HashSet<YamlNode>();

    /// <summary>Writes a resource's properties, converting <paramref name="coerced"/> values to strings as Pulumi YAML does.</summary>
    public string WriteProperties(YamlNode properties, IReadOnlySet<YamlNode> coerced, List<string> problems)
    {
        coercedToString = coerced;
        try
        {
            return Write(properties, 0, problems);
        }
        finally
        {
            coercedToString = new HashSet<YamlNode>();
        }
    }

    public string Write(YamlNode node, int indent, List<string> problems) => coercedToString.Contains(node)
        ? $"pulumi.output({WriteNode(node, indent, problems)}).apply(String)"
        : WriteNode(node, indent, problems);

    private string WriteNode(YamlNode node, int indent, List<string> problems) => node switch
    {
        YamlScalarNode scalar => Scalar(scalar, problems),
        YamlSequenceNode sequence => Sequence(sequence, indent, problems),
        YamlMappingNode { Children.Count: 1 } mapping when FunctionName(mapping) is { } function =>
            Function(function, mapping.Children.Single().Value, indent, problems),
        YamlMappingNode mapping => Object(mapping, indent, problems),
        _ => Problem(problems, $"unsupported YAML node {node.NodeType} at {node.Start}"),
    };

    /// <summary>The resource names a value refers to, for ordering declarations.</summary>
    public static IEnumerable<string> ReferencedRoots(YamlNode node) => node.AllNodes
        .OfType<YamlScalarNode>()
        .Where(scalar => scalar.Value?.Contains("${", StringComparison.Ordinal) == true)
        .SelectMany(scalar => TryParse(scalar.Value ?? "")?.Accesses.Select(access => access.Root) ?? []);

    private static PulumiExpression? TryParse(string text)
    {
        try
        {
            return PulumiExpression.Parse(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string? FunctionName(YamlMappingNode mapping) =>
        mapping.Children.Single().Key is YamlScalarNode { Value: { } key } && key.StartsWith("fn::", StringComparison.Ordinal) ? key : null;

    private string Scalar(YamlScalarNode scalar, List<string> problems)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style == ScalarStyle.Plain)
        {
            if (value is "" or "~" or "null" or "Null" or "NULL")
            {
                return "undefined";
            }

            if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
            {
                return value.ToLowerInvariant();
            }

            if (NumberPattern().IsMatch(value))
            {
                // TypeScript reads a leading zero as a (forbidden) octal literal; YAML reads decimal.
                return DecimalPattern().IsMatch(value) ? System.Numerics.BigInteger.Parse(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : value.TrimStart('+');
            }
        }

        return Text(value, problems);
    }

    private string Text(string text, List<string> problems)
    {
        PulumiExpression expression;
        try
        {
            expression = PulumiExpression.Parse(text);
        }
        catch (FormatException error)
        {
            return Problem(problems, error.Message);
        }

        if (expression.SoleAccess is { } sole)
        {
            return Access(sole, problems);
        }

        if (expression.Parts is [string literal])
        {
            return TypeScriptNames.StringLiteral(literal);
        }

        var template = new StringBuilder("pulumi.interpolate`");
        foreach (var part in expression.Parts)
        {
            template.Append(part is PropertyAccess access ? "${" + Access(access, problems) + "}" : TypeScriptNames.TemplateText((string)part));
        }

        return template.Append('`').ToString();
    }

    private string Access(PropertyAccess access, List<string> problems)
    {
        string root;
        var path = access.Path;
        if (resourceVariables.TryGetValue(access.Root, out var variable))
        {
            root = variable;
        }
        else if (config.TryGetValue(access.Root, out var declaration))
        {
            root = declaration.Expression;
        }
        else if (access.Root == "pulumi" && path is [string name, ..] && PulumiVariables.TryGetValue(name, out var call))
        {
            root = call;
            path = path.Skip(1).ToList();
        }
        else
        {
            return Problem(problems, $"'${{{access.Root}...}}' names no resource, config key or pulumi variable");
        }

        var builder = new StringBuilder(root);
        foreach (var segment in path)
        {
            builder.Append(segment is int index ? $"[{index.ToString(CultureInfo.InvariantCulture)}]" : TypeScriptNames.MemberAccess((string)segment));
        }

        return builder.ToString();
    }

    private string Function(string name, YamlNode argument, int indent, List<string> problems)
    {
        if (UnaryFunctions.TryGetValue(name, out var unary))
        {
            return string.Format(CultureInfo.InvariantCulture, unary, Write(argument, indent, problems));
        }

        if (BinaryFunctions.TryGetValue(name, out var binary))
        {
            return argument is YamlSequenceNode { Children.Count: 2 } pair
                ? string.Format(CultureInfo.InvariantCulture, binary, Write(pair[0], indent, problems), Write(pair[1], indent, problems))
                : Problem(problems, $"{name} takes a list of two values");
        }

        if (name == "fn::invoke")
        {
            return Invoke(argument, indent, problems);
        }

        // fn::<pkg>:<module>:<function> is Pulumi YAML's short form of an invoke returning the whole result.
        return TypeScriptNames.InvokeOf(name["fn::".Length..]) is { } function
            ? $"{function}({Write(argument, indent, problems)})"
            : Problem(problems, $"{name} is not translated to TypeScript");
    }

    /// <summary><c>fn::invoke</c> as the SDK's Output-returning function, e.g. <c>aws.ssm.getParameterOutput({...}, {provider}).value</c>.</summary>
    private string Invoke(YamlNode argument, int indent, List<string> problems)
    {
        if (argument is not YamlMappingNode call || Field(call, "function") is not YamlScalarNode { Value: { } token })
        {
            return Problem(problems, "fn::invoke needs a 'function'");
        }

        if (TypeScriptNames.InvokeOf(token) is not { } function)
        {
            return Problem(problems, $"unknown function token {token}");
        }

        var arguments = Field(call, "arguments") is { } args ? Write(args, indent, problems) : "{}";
        var options = Field(call, "options") is { } opts ? ", " + Write(opts, indent, problems) : "";
        var result = Field(call, "return") is YamlScalarNode { Value: { } field } ? TypeScriptNames.MemberAccess(field) : "";
        return $"{function}({arguments}{options}){result}";
    }

    public static YamlNode? Field(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private string Sequence(YamlSequenceNode sequence, int indent, List<string> problems)
    {
        if (sequence.Children.Count == 0)
        {
            return "[]";
        }

        var inner = new string(' ', (indent + 1) * 2);
        var items = sequence.Children.Select(item => inner + Write(item, indent + 1, problems) + ",\n");
        return "[\n" + string.Concat(items) + new string(' ', indent * 2) + "]";
    }

    private string Object(YamlMappingNode mapping, int indent, List<string> problems)
    {
        if (mapping.Children.Count == 0)
        {
            return "{}";
        }

        var inner = new string(' ', (indent + 1) * 2);
        var entries = mapping.Children.Select(entry =>
            inner + TypeScriptNames.Key(((YamlScalarNode)entry.Key).Value ?? "") + ": " + Write(entry.Value, indent + 1, problems) + ",\n");
        return "{\n" + string.Concat(entries) + new string(' ', indent * 2) + "}";
    }

    private static string Problem(List<string> problems, string message)
    {
        problems.Add(message);
        return Untranslated;
    }

    /// <summary>YAML 1.2 core schema numbers (what pulumi-yaml's reader takes for a number).</summary>
    [GeneratedRegex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?)$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex DecimalPattern();
}
