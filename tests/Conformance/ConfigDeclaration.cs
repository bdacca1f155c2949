using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Conformance;

/// <summary>
/// A key of the program's <c>config:</c> section and the <c>pulumi.Config</c> call that reads it
/// with the declared type: <c>config.requireSecret("key")</c> for a secret string.
/// </summary>
internal sealed record ConfigDeclaration(string Name, string Expression)
{
    public static ConfigDeclaration From(string name, YamlNode declaration)
    {
        var fields = declaration as YamlMappingNode;
        var type = fields is null ? "string" : (TypeScriptValueWriter.Field(fields, "type") as YamlScalarNode)?.Value ?? "string";
        var secret = fields is not null && TypeScriptValueWriter.Field(fields, "secret") is YamlScalarNode { Value: "true" or "True" };
        var hasDefault = fields is null || TypeScriptValueWriter.Field(fields, "default") is not null;

        // pulumi.Config: require/get, then Secret, then the type suffix (Number, Boolean, Object<any>).
        var suffix = type.ToUpperInvariant() switch
        {
            "STRING" => "",
            "INTEGER" or "NUMBER" => "Number",
            "BOOLEAN" => "Boolean",
            _ => "Object<any>",
        };
        var call = $"config.{(hasDefault ? "get" : "require")}{(secret ? "Secret" : "")}{suffix}({TypeScriptNames.StringLiteral(name)})";

        // With a default the key is never unset; the declared type is what a reference sees.
        return new ConfigDeclaration(name, hasDefault ? call + "!" : call);
    }
}
