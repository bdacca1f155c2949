using System.Text.Json.Nodes;

namespace Infra.Stacks.Config;

/// <summary>
/// A config value as read from either input path, before typing: text (every scalar, and JSON text of structured
/// values inside <c>PULUMI_CONFIG</c>), a structured YAML map or list (converted to a JSON node), or a secret
/// whose value is deliberately not kept.
/// </summary>
public abstract record RawConfigValue;

/// <summary>A scalar, or JSON text of a structured value.</summary>
public sealed record RawText(string Value) : RawConfigValue;

/// <summary>A map or list written as YAML in a stack file.</summary>
public sealed record RawStructured(JsonNode Node) : RawConfigValue;

/// <summary>A secret that is set; its ciphertext or plaintext is dropped when read.</summary>
public sealed record RawSecret : RawConfigValue
{
    public static RawSecret Instance { get; } = new();
}
