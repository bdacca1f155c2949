using Infra.Model;

namespace Infra.ControlPlane.Kubeadm;

/// <summary>
/// What <c>kubeadm init</c> needs for the first control-plane node only (kind InitConfiguration). It carries no
/// bootstrap tokens on purpose: a token written here would sit in EC2 user data (readable from the instance
/// metadata service and the console) for its whole lifetime. kubeadm creates a short-lived one at init instead.
/// </summary>
public sealed record InitConfiguration
{
    public required NodeRegistration NodeRegistration { get; init; }

    [PulumiName("localAPIEndpoint")]
    public ApiEndpoint? LocalApiEndpoint { get; init; }

    /// <summary>Phases to skip, e.g. <c>addon/kube-proxy</c> when the CNI replaces kube-proxy.</summary>
    public IReadOnlyList<string>? SkipPhases { get; init; }

    public Patches? Patches { get; init; }
}
