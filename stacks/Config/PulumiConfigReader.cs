using System.Text.Json;

namespace Infra.Stacks.Config;

/// <summary>
/// Reads the config Pulumi hands a running program: <c>PULUMI_CONFIG</c>, a JSON object from
/// <c>namespace:key</c> to a string (structured values as JSON text, secrets decrypted). Values of secret keys,
/// those the schema marks secret and those Pulumi lists in <c>PULUMI_CONFIG_SECRET_KEYS</c>, are dropped on read.
/// </summary>
internal static class PulumiConfigReader
{
    public const string Source = "PULUMI_CONFIG";

    public static Dictionary<string, RawConfigValue> Read(string json, string? secretKeysJson)
    {
        var secretKeys = ReadSecretKeys(secretKeysJson);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ConfigException($"{Source}: line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}: malformed JSON: Pulumi sets this variable; unset it, or write a JSON object from \"namespace:key\" to a string");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigException($"{Source}: is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object: write a JSON object from \"namespace:key\" to a string");
            }

            var values = new Dictionary<string, RawConfigValue>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var secret = secretKeys.Contains(property.Name) || ConfigSchema.Find(property.Name) is { Secret: true };
                values[property.Name] = secret
                    ? RawSecret.Instance
                    : new RawText(property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText());
            }

            return values;
        }
    }

    private static HashSet<string> ReadSecretKeys(string? json)
    {
        try
        {
            return string.IsNullOrEmpty(json) ? [] : [.. JsonSerializer.Deserialize<string[]>(json) ?? []];
        }
        catch (JsonException)
        {
            throw new ConfigException("PULUMI_CONFIG_SECRET_KEYS: malformed JSON: Pulumi sets this variable to a JSON list of secret keys; unset it or fix it");
        }
    }
}
