using Infra.Model;

namespace Infra.Tests.Kubernetes;

/// <summary>
/// The value keys a chart version has, as dotted paths (<c>controller.nodeSelector</c>), written down from its values.yaml
/// (and, where a template reads a key values.yaml does not list, from that template). A values record may set only these:
/// Helm ignores an unknown key silently, so a misspelled one would leave the chart's default in place.
/// </summary>
internal sealed class ChartValueKeys(string chart, string version, IEnumerable<string> paths)
{
    private readonly HashSet<string> known = new(paths, StringComparer.Ordinal);

    public string Chart { get; } = chart;

    public string Version { get; } = version;

    /// <summary>
    /// The paths of <paramref name="values"/> the chart does not have. Records are followed property by property (under
    /// the names they are written with); maps, lists and scalars are values of their key.
    /// </summary>
    public IReadOnlyList<string> UnknownIn(object values)
    {
        var unknown = new List<string>();
        Walk(values, "", unknown);
        return unknown;
    }

    private void Walk(object record, string prefix, List<string> unknown)
    {
        foreach (var (name, value) in PropertyReader.Read(record))
        {
            var path = prefix + name;
            if (!known.Contains(path))
            {
                unknown.Add(path);
            }
            else if (PropertyReader.IsRecord(value))
            {
                Walk(value, path + ".", unknown);
            }
        }
    }
}
