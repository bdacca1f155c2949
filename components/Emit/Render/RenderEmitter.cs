using Infra.Model;

namespace Infra.Emit.Render;

/// <summary>
/// Renders what a stack hands to Kubernetes and to machines as plain files: each Kubernetes object
/// as a manifest under <c>kubernetes/</c> (a group's objects as one multi-document manifest), each generated config file under <c>files/</c>.
/// </summary>
public static class RenderEmitter
{
    public static IReadOnlyList<RenderedFile> Render(InfraProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var files = new List<RenderedFile>();
        foreach (var resource in program.Resources)
        {
            if (resource is IKubernetesManifest manifest)
            {
                var document = new OrderedMap().Add("apiVersion", manifest.ApiVersion).Add("kind", manifest.Kind);
                foreach (var property in PropertyReader.Read(resource.Args))
                {
                    document.Add(property.Key, property.Value);
                }

                files.Add(new RenderedFile($"kubernetes/{resource.Name}.yaml", Write(document)));
            }
            else if (resource is IKubernetesManifestGroup group)
            {
                files.Add(new RenderedFile($"kubernetes/{resource.Name}.yaml", string.Join("---\n", group.Manifests.Select(manifest => Write(Document(manifest))))));
            }

            foreach (var generated in resource.Annotations.OfType<GeneratedFile>())
            {
                files.Add(new RenderedFile($"files/{generated.RelativePath}", generated.Content));
            }
        }

        var duplicate = files.GroupBy(f => f.RelativePath, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"two rendered files share the path '{duplicate.Key}': give the generated files distinct paths");
        }

        return files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }

    /// <summary>An object of a group as a document: a map as it is, a record property by property.</summary>
    private static OrderedMap Document(object manifest)
    {
        var document = new OrderedMap();
        foreach (var (key, value) in manifest as IEnumerable<KeyValuePair<string, object>> ?? PropertyReader.Read(manifest))
        {
            document.Add(key, value);
        }

        return document;
    }

    private static string Write(OrderedMap document) => YamlWriter.ToText(document, RenderDialect.Instance);
}

/// <summary>One rendered file: its path under the output folder and its text.</summary>
public sealed record RenderedFile(string RelativePath, string Content);
