using Infra.Emit;
using Infra.Emit.Render;

namespace Infra.ControlPlane;

/// <summary>
/// The API server's structured authentication configuration (<c>--authentication-config</c>): anonymous requests
/// are allowed only on the health endpoints, which the kubelet's probes of the static pod and the NLB's HTTPS
/// health check call without credentials. Everything else requires authentication (CIS 1.2.1's intent).
/// The <c>anonymous</c> section with <c>conditions</c> is available since Kubernetes 1.32 (beta, on by default).
/// </summary>
public static class AnonymousHealthChecks
{
    /// <summary>served by every supported release; v1 exists from 1.34 but would tie the file to it.</summary>
    public const string ApiVersion = "apiserver.config.k8s.io/v1beta1";

    /// <summary>The only paths an unauthenticated client may reach.</summary>
    public static readonly IReadOnlyList<string> Paths = ["/livez", "/readyz", "/healthz"];

    /// <summary>The file's text, for <see cref="ControlPlanePaths.AuthenticationConfigFile"/>.</summary>
    public static string Text()
    {
        var document = new OrderedMap()
            .Add("apiVersion", ApiVersion)
            .Add("kind", "AuthenticationConfiguration")
            .Add("anonymous", new OrderedMap()
                .Add("enabled", true)
                .Add("conditions", Paths.Select(path => new OrderedMap().Add("path", path)).ToList()));
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        new YamlWriter(writer, RenderDialect.Instance).WriteDocument(document);
        return writer.ToString();
    }
}
