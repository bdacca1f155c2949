using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Conformance;

/// <summary>
/// Translates a Pulumi YAML program into TypeScript against the npm SDKs: one
/// <c>new &lt;Class&gt;(name, args, opts)</c> per resource, declared after everything it refers to,
/// and one <c>export const</c> per output. The compiler then checks type tokens, property names
/// and types the way the providers declare them.
/// </summary>
internal static class TypeScriptTranslator
{
    private const string Header = """
        import * as pulumi from "@pulumi/pulumi";
        import * as aws from "@pulumi/aws";
        import * as k8s from "@pulumi/kubernetes";
        import * as tls from "@pulumi/tls";

        const config = new pulumi.Config();

        """;

    public static TypeScriptProgram Translate(string programName, string yaml)
    {
        var problems = new List<ConformanceProblem>();
        YamlMappingNode root;
        try
        {
            root = Parse(yaml);
        }
        catch (FormatException error)
        {
            problems.Add(new ConformanceProblem("program", "", null, ConformanceProblemKind.Untranslatable, error.Message));
            root = new YamlMappingNode();
        }

        var resources = Entries(Section(root, "resources")).ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
        var programVariables = Entries(Section(root, "variables")).ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
        var config = Entries(Section(root, "config")).ToDictionary(entry => entry.Key, entry => ConfigDeclaration.From(entry.Key, entry.Value), StringComparer.Ordinal);

        // Resources and variables share one namespace and may refer to each other: one declaration order for both.
        var declarations = resources.Concat(programVariables).ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
        var variables = Variables(declarations.Keys, "r_");
        var values = new TypeScriptValueWriter(variables, config);

        var text = new LineCountingWriter();
        text.Append(Header.Replace("\r\n", "\n", StringComparison.Ordinal));
        var statements = new List<TranslatedStatement>();
        foreach (var name in DeclarationOrder(declarations, problems))
        {
            statements.Add(resources.TryGetValue(name, out var resource)
                ? WriteResource(name, resource, variables[name], values, text, problems)
                : WriteVariable(name, programVariables[name], variables[name], values, text, problems));
        }

        var outputs = Entries(Section(root, "outputs"));
        var exports = Variables(outputs.Select(output => output.Key), "o_");
        foreach (var (name, value) in outputs)
        {
            var valueProblems = new List<string>();
            var firstLine = text.Line;
            text.Append($"export const {exports[name]} = {values.Write(value, 0, valueProblems)};\n");
            var statement = new TranslatedStatement("output", name, null, firstLine, text.Line - 1);
            problems.AddRange(valueProblems.Select(message => statement.Problem(ConformanceProblemKind.Untranslatable, message)));
            statements.Add(statement);
        }

        return new TypeScriptProgram(programName, text.ToString(), statements, problems);
    }

    private static TranslatedStatement WriteResource(
        string name, YamlNode node, string variable, TypeScriptValueWriter values, LineCountingWriter text, List<ConformanceProblem> problems)
    {
        var resource = node as YamlMappingNode ?? new YamlMappingNode();
        var token = (TypeScriptValueWriter.Field(resource, "type") as YamlScalarNode)?.Value ?? "";
        var firstLine = text.Line;
        var messages = new List<string>();
        var declaration = $"const {variable} = ";
        Range? classColumns = null;
        var className = TypeScriptNames.ClassOf(token);
        if (className is null)
        {
            text.Append($"const {variable}: any = undefined;\n");
            problems.Add(new ConformanceProblem("resource", name, token, ConformanceProblemKind.UnknownTypeToken, "unknown type token: no class of the installed SDKs (pulumi, aws, kubernetes, tls) answers to it"));
        }
        else if (TypeScriptValueWriter.Field(resource, "get") is YamlMappingNode get)
        {
            classColumns = (declaration.Length + 1)..(declaration.Length + 1 + className.Length);
            var id = TypeScriptValueWriter.Field(get, "id") is { } idNode ? values.Write(idNode, 0, messages) : "\"\"";
            var state = TypeScriptValueWriter.Field(get, "state") is { } stateNode ? values.Write(stateNode, 0, messages) : "undefined";
            text.Append($"{declaration}{className}.get({TypeScriptNames.StringLiteral(name)}, {id}, {state}{Options(resource, values, messages)});\n");
        }
        else
        {
            classColumns = (declaration.Length + "new ".Length + 1)..(declaration.Length + "new ".Length + 1 + className.Length);
            var properties = TypeScriptValueWriter.Field(resource, "properties") is { } propertiesNode
                ? values.WriteProperties(propertiesNode, StringCoercions.In(token, propertiesNode), messages)
                : "{}";
            text.Append($"{declaration}new {className}({TypeScriptNames.StringLiteral(name)}, {properties}{Options(resource, values, messages)});\n");
        }

        var statement = new TranslatedStatement("resource", name, token, firstLine, text.Line - 1, className, classColumns);
        problems.AddRange(messages.Select(message => statement.Problem(ConformanceProblemKind.Untranslatable, message)));
        return statement;
    }

    private static TranslatedStatement WriteVariable(
        string name, YamlNode value, string variable, TypeScriptValueWriter values, LineCountingWriter text, List<ConformanceProblem> problems)
    {
        var messages = new List<string>();
        var firstLine = text.Line;
        text.Append($"const {variable} = {values.Write(value, 0, messages)};\n");
        var statement = new TranslatedStatement("variable", name, null, firstLine, text.Line - 1);
        problems.AddRange(messages.Select(message => statement.Problem(ConformanceProblemKind.Untranslatable, message)));
        return statement;
    }

    /// <summary>A distinct TypeScript variable per name (<c>a-b</c> and <c>a_b</c> both read <c>a_b</c>: the later one gets a suffix).</summary>
    private static Dictionary<string, string> Variables(IEnumerable<string> names, string prefix)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var variable = TypeScriptNames.VariableFor(name, prefix);
            for (var suffix = 2; !taken.Add(variable); suffix++)
            {
                variable = TypeScriptNames.VariableFor(name, prefix) + "_" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            variables[name] = variable;
        }

        return variables;
    }

    /// <summary>Pulumi YAML's resource options have the names of the SDK's <c>CustomResourceOptions</c>, so they are written as they are.</summary>
    private static string Options(YamlMappingNode resource, TypeScriptValueWriter values, List<string> messages) =>
        TypeScriptValueWriter.Field(resource, "options") is { } options ? ", " + values.Write(options, 0, messages) : "";

    /// <summary>
    /// Every resource after the resources it refers to (TypeScript needs a declaration before its
    /// use), otherwise in name order so the text is deterministic.
    /// </summary>
    private static List<string> DeclarationOrder(IReadOnlyDictionary<string, YamlNode> resources, List<ConformanceProblem> problems)
    {
        var order = new List<string>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: declared
        void Visit(string name, string? from)
        {
            if (state.TryGetValue(name, out var declared))
            {
                if (!declared)
                {
                    problems.Add(new ConformanceProblem("resource", from ?? name, null, ConformanceProblemKind.Untranslatable, $"circular reference through {name}"));
                }

                return;
            }

            state[name] = false;
            foreach (var dependency in TypeScriptValueWriter.ReferencedRoots(resources[name]).Where(resources.ContainsKey).Distinct().Order(StringComparer.Ordinal))
            {
                Visit(dependency, name);
            }

            state[name] = true;
            order.Add(name);
        }

        foreach (var name in resources.Keys.Order(StringComparer.Ordinal))
        {
            Visit(name, null);
        }

        return order;
    }

    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException error)
        {
            throw new FormatException($"not a YAML document: {error.Message}", error);
        }

        return stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root
            ? root
            : throw new FormatException("a Pulumi YAML program is one YAML mapping");
    }

    private static YamlNode? Section(YamlMappingNode root, string name) => TypeScriptValueWriter.Field(root, name);

    /// <summary>A section's entries in the order the program lists them.</summary>
    private static List<KeyValuePair<string, YamlNode>> Entries(YamlNode? section) =>
        (section as YamlMappingNode)?.Children.Select(entry => KeyValuePair.Create(((YamlScalarNode)entry.Key).Value ?? "", entry.Value)).ToList() ?? [];

    /// <summary>Appends text and knows the (1-based) line the next character lands on.</summary>
    private sealed class LineCountingWriter
    {
        private readonly StringBuilder builder = new();

        public int Line { get; private set; } = 1;

        public void Append(string value)
        {
            builder.Append(value);
            Line += value.Count(c => c == '\n');
        }

        public override string ToString() => builder.ToString();
    }
}
