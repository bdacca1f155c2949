namespace Infra.Emit.Bom;

/// <summary>
/// How many of something a stack runs: an Auto Scaling group between its minimum and maximum (desired is where
/// it starts; the Cluster Autoscaler moves it), a standalone instance or volume once at every point.
/// </summary>
public sealed record Quantity(int Min, int Desired, int Max)
{
    public static Quantity Once { get; } = new(1, 1, 1);

    public static Quantity operator +(Quantity left, Quantity right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Min + right.Min, left.Desired + right.Desired, left.Max + right.Max);
    }

    public static Quantity operator *(Quantity count, int each)
    {
        ArgumentNullException.ThrowIfNull(count);
        return new(count.Min * each, count.Desired * each, count.Max * each);
    }

    public Quantity Add(Quantity other) => this + other;

    public Quantity Multiply(int each) => this * each;
}
