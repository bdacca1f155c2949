namespace Infra.ControlPlane.Kubeadm;

/// <summary>
/// One command-line flag of a component kubeadm runs. In kubeadm.k8s.io/v1beta4 <c>extraArgs</c> and
/// <c>kubeletExtraArgs</c> are lists of these (not maps, as in v1beta3), so a flag may repeat and order is kept.
/// </summary>
public sealed record Arg
{
    /// <param name="name">The flag name without leading dashes, e.g. <c>profiling</c>.</param>
    /// <param name="value">The flag value, e.g. <c>false</c>.</param>
    public Arg(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        if (name.Length == 0 || name.StartsWith('-') || name.Contains('='))
        {
            throw new ArgumentException($"flag name '{name}' is not a bare flag name: write it without dashes or '=' (e.g. 'profiling'), with the value separate", nameof(name));
        }

        Name = name;
        Value = value;
    }

    public string Name { get; }

    public string Value { get; }
}
