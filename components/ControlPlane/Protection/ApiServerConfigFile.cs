using Infra.Emit;
using Infra.Emit.Render;
using Infra.Model;

namespace Infra.ControlPlane.Protection;

/// <summary>
/// Writes a kube-apiserver configuration file (audit policy, encryption, authentication): YAML with
/// apiVersion and kind first, then the record's fields in declaration order. These files sit on the
/// control-plane nodes, not in the cluster, and their records hold plain strings only, so the text is
/// complete when the program is compiled.
/// </summary>
internal static class ApiServerConfigFile
{
    public static string Write(string apiVersion, string kind, object body)
    {
        var document = new OrderedMap().Add("apiVersion", apiVersion).Add("kind", kind);
        foreach (var property in PropertyReader.Read(body))
        {
            document.Add(property.Key, property.Value);
        }

        return YamlWriter.ToText(document, RenderDialect.Instance);
    }
}
