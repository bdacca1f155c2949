using System.Text.RegularExpressions;

namespace Infra.Model;

/// <summary>
/// Where a resource sits in the component tree, e.g. <c>network/subnet-private-a</c>. The Pulumi
/// logical name is derived from it (<c>network-subnet-private-a</c>), so names are stable across
/// runs and unique by construction of the tree.
/// </summary>
public sealed partial class ResourcePath : IEquatable<ResourcePath>
{
    public static readonly ResourcePath Root = new([]);

    private readonly string[] segments;

    private ResourcePath(string[] segments)
    {
        this.segments = segments;
        LogicalName = string.Join('-', segments);
    }

    public IReadOnlyList<string> Segments => segments;

    /// <summary>The Pulumi logical name: segments joined by '-'.</summary>
    public string LogicalName { get; }

    public ResourcePath Append(string id)
    {
        if (!SegmentPattern().IsMatch(id))
        {
            throw new ArgumentException(
                $"component id '{id}' under '{this}' is not valid: use lower-case letters, digits and '-', starting with a letter (e.g. 'private-a')",
                nameof(id));
        }

        return new ResourcePath([.. segments, id]);
    }

    public override string ToString() => string.Join('/', segments);

    public bool Equals(ResourcePath? other) => other is not null && segments.AsSpan().SequenceEqual(other.segments);

    public override bool Equals(object? obj) => Equals(obj as ResourcePath);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(LogicalName);

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex SegmentPattern();
}
