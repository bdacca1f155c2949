namespace Infra.Kubernetes;

/// <summary>
/// A Kubernetes kind as the provider names it (<c>kubernetes:apps/v1:Deployment</c>) and as a
/// manifest names it (<c>apiVersion: apps/v1</c>, <c>kind: Deployment</c>). Derived once from the
/// token, so the two can never disagree; each resource class holds one shared instance.
/// </summary>
public sealed record KubernetesType
{
    private KubernetesType(string token, string apiVersion, string kind)
    {
        Token = token;
        ApiVersion = apiVersion;
        Kind = kind;
    }

    /// <summary>The Pulumi type token, <c>kubernetes:&lt;group&gt;/&lt;version&gt;:&lt;Kind&gt;</c>.</summary>
    public string Token { get; }

    /// <summary>The manifest's apiVersion: the token's module, with the core group's name dropped (<c>core/v1</c> is <c>v1</c>).</summary>
    public string ApiVersion { get; }

    public string Kind { get; }

    /// <summary>Reads a Kubernetes object token such as <c>kubernetes:scheduling.k8s.io/v1:PriorityClass</c>.</summary>
    public static KubernetesType FromToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split(':');
        if (parts.Length != 3 || parts[0] != "kubernetes" || !parts[1].Contains('/', StringComparison.Ordinal) || parts[2].Length == 0)
        {
            throw new ArgumentException(
                $"'{token}' is not a Kubernetes object token: use the form kubernetes:<group>/<version>:<Kind>, e.g. kubernetes:apps/v1:Deployment",
                nameof(token));
        }

        var module = parts[1];
        var apiVersion = module.StartsWith("core/", StringComparison.Ordinal) ? module["core/".Length..] : module;
        return new KubernetesType(token, apiVersion, parts[2]);
    }
}
