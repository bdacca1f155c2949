using System.Collections;
using System.Text.Json;
using Infra.Stacks.Config;

namespace Infra.Tests.Config;

/// <summary>Builds the two inputs of <see cref="StackConfigLoader"/> for tests: stack files and Pulumi's environment.</summary>
internal static class StackConfigInput
{
    /// <summary>A valid prod stack, as YAML lines under <c>config:</c>; tests change one key at a time.</summary>
    public static readonly IReadOnlyDictionary<string, string> ValidProd = new Dictionary<string, string>
    {
        ["aws:region"] = "eu-west-1",
        ["infra:environment"] = "prod",
        ["infra:owner"] = "platform-team",
        ["infra:costCenter"] = "cc-2001",
    };

    /// <summary>The worktree root, which holds the example stack files.</summary>
    public static string ProjectDir { get; } = FindProjectDir();

    /// <summary>Writes <c>Pulumi.&lt;stack&gt;.yaml</c> with <paramref name="yamlValues"/> (YAML text per key) and loads it.</summary>
    public static StackConfig LoadFile(string stack, IReadOnlyDictionary<string, string> yamlValues)
    {
        var lines = yamlValues.Select(entry => $"  {entry.Key}: {entry.Value}");
        return LoadFileText(stack, "config:\n" + string.Join('\n', lines) + "\n");
    }

    public static StackConfig LoadFileText(string stack, string fileText)
    {
        var dir = Directory.CreateTempSubdirectory("infra-config-test-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, $"Pulumi.{stack}.yaml"), fileText);
            return StackConfigLoader.FromStackFile(dir.FullName, stack);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>The valid prod stack with one key changed (or removed when <paramref name="yamlValue"/> is null).</summary>
    public static IReadOnlyDictionary<string, string> ProdWith(string key, string? yamlValue, string? key2 = null, string? yamlValue2 = null)
    {
        var values = new Dictionary<string, string>(ValidProd);
        foreach (var (k, v) in new[] { (key, yamlValue), (key2, yamlValue2) }.Where(e => e.Item1 is not null))
        {
            if (v is null)
            {
                values.Remove(k!);
            }
            else
            {
                values[k!] = v;
            }
        }

        return values;
    }

    /// <summary>The environment Pulumi gives a program: <c>PULUMI_STACK</c>, <c>PULUMI_CONFIG</c> (strings) and optionally the secret key list.</summary>
    public static IDictionary Environment(string stack, IReadOnlyDictionary<string, string> config, params string[] secretKeys)
    {
        var environment = new Hashtable
        {
            ["PULUMI_STACK"] = stack,
            ["PULUMI_CONFIG"] = JsonSerializer.Serialize(config),
        };
        if (secretKeys.Length > 0)
        {
            environment["PULUMI_CONFIG_SECRET_KEYS"] = JsonSerializer.Serialize(secretKeys);
        }

        return environment;
    }

    private static string FindProjectDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Infra.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("no Infra.sln above the test assembly");
    }
}
