namespace Infra.Model;

/// <summary>
/// A property value of type <typeparamref name="T"/>: either known now (a plain value) or known only at
/// deploy time (another resource's output, a config value, an interpolation, a built-in function).
/// Args records type every property that may carry a reference as <c>Expr&lt;T&gt;</c>, so a
/// reference is typed (<c>vpc.Id</c>) and never a hand-written <c>${...}</c> string.
/// </summary>
public readonly struct Expr<T> : IExpr
{
    private Expr(object node) => Node = node;

    /// <summary>The value node: a plain value, or one of the deploy-time nodes (<see cref="IDeployTimeValue"/>).</summary>
    public object Node { get; }

    /// <summary>True when the value is a literal known at synthesis time.</summary>
    public bool IsKnown => Node is not IDeployTimeValue;

    /// <summary>The literal value, for policies that inspect it; default when only known at deploy time.</summary>
    public T? KnownValue => Node is T value ? value : default;

    public static implicit operator Expr<T>(T value) =>
        new(value ?? throw new ArgumentNullException(nameof(value), "a property value is null: leave the property unset instead"));

    public static implicit operator Expr<T>(Output<T> output) => new(output.Reference);

    /// <summary>Wraps a deploy-time node (interpolation, function call, config reference) typed as T.</summary>
    internal static Expr<T> FromNode(IDeployTimeValue node) => new(node);

    public override string ToString() => Node.ToString() ?? string.Empty;
}

/// <summary>Lets emitters read the node of any <see cref="Expr{T}"/> without knowing T.</summary>
public interface IExpr
{
    object Node { get; }
}

/// <summary>A value known only when Pulumi deploys: emitters write it as an expression, renderers as a placeholder.</summary>
public interface IDeployTimeValue
{
    /// <summary>A human-readable name of where the value comes from, used in rendered placeholders.</summary>
    string Source { get; }
}
