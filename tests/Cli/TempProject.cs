using System.Collections;
using Infra.Tests.Support;

namespace Infra.Tests.Cli;

/// <summary>
/// A throw-away copy of the project folder (Pulumi.yaml, every stack file, policies/waivers.yaml) that a
/// test may break; deleted on dispose.
/// </summary>
internal sealed class TempProject : IDisposable
{
    public TempProject()
    {
        Directory.CreateDirectory(Path.Combine(Root, "policies"));
        foreach (var file in Directory.GetFiles(RepositoryRoot.Path, "Pulumi*.yaml"))
        {
            File.Copy(file, Path.Combine(Root, Path.GetFileName(file)));
        }

        File.Copy(Path.Combine(RepositoryRoot.Path, "policies", "waivers.yaml"), WaiversPath);
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("infra-cli-").FullName;

    public string WaiversPath => Path.Combine(Root, "policies", "waivers.yaml");

    public string StackFile(string stack) => Path.Combine(Root, $"Pulumi.{stack}.yaml");

    /// <summary>Replaces the stack's file with <paramref name="text"/>.</summary>
    public TempProject WithStackFile(string stack, string text)
    {
        File.WriteAllText(StackFile(stack), text);
        return this;
    }

    /// <summary>Replaces the line of <paramref name="key"/> (e.g. <c>infra:vpcCidr</c>) with <paramref name="line"/>, or appends it.</summary>
    public TempProject WithConfigLine(string stack, string key, string line)
    {
        var lines = File.ReadAllLines(StackFile(stack)).ToList();
        var index = lines.FindIndex(l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal));
        if (index < 0)
        {
            lines.Add("  " + line);
        }
        else
        {
            // A structured value continues on deeper-indented lines: they go with the key.
            var indent = lines[index].Length - lines[index].TrimStart().Length;
            var end = index + 1;
            while (end < lines.Count && (lines[end].Length - lines[end].TrimStart().Length > indent || lines[end].Trim().Length == 0))
            {
                end++;
            }

            lines.RemoveRange(index, end - index);
            lines.Insert(index, new string(' ', indent) + line);
        }

        File.WriteAllLines(StackFile(stack), lines);
        return this;
    }

    public CliResult Run(params string[] args) => InfraCli.RunIn(Root, new Hashtable(), args);

    public CliResult Run(IDictionary environment, params string[] args) => InfraCli.RunIn(Root, environment, args);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
