using System.Globalization;
using Infra.Model;

namespace Infra.Kubernetes;

/// <summary>
/// Kubernetes' int-or-string (a port number or a port name; a count or a percentage such as
/// <c>"25%"</c>). Written as the bare number or string.
/// </summary>
public readonly struct IntOrString : IExpr, IEquatable<IntOrString>
{
    private IntOrString(object node) => Node = node;

    /// <summary>The <see cref="int"/> or <see cref="string"/> value.</summary>
    public object Node { get; }

    public static implicit operator IntOrString(int value) => new(value);

    public static implicit operator IntOrString(string value) =>
        new(value ?? throw new ArgumentNullException(nameof(value), "an int-or-string is null: leave the property unset instead"));

    public bool Equals(IntOrString other) => Equals(Node, other.Node);

    public override bool Equals(object? obj) => obj is IntOrString other && Equals(other);

    public override int GetHashCode() => Node?.GetHashCode() ?? 0;

    public static bool operator ==(IntOrString left, IntOrString right) => left.Equals(right);

    public static bool operator !=(IntOrString left, IntOrString right) => !left.Equals(right);

    public override string ToString() => Convert.ToString(Node, CultureInfo.InvariantCulture) ?? string.Empty;
}
