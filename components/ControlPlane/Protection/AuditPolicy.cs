namespace Infra.ControlPlane.Protection;

/// <summary>
/// <c>audit.k8s.io/v1 Policy</c>: what the API servers record in their audit log. A file on the
/// control-plane nodes (<c>--audit-policy-file</c>), not a Kubernetes object.
/// </summary>
public sealed record AuditPolicy
{
    /// <summary>Where kubeadm mounts the file into the kube-apiserver pod.</summary>
    public const string FilePath = ControlPlanePaths.AuditPolicyFile;

    /// <summary>Stages for which no rule writes an event.</summary>
    public IReadOnlyList<AuditStage>? OmitStages { get; init; }

    /// <summary>Leave managedFields out of logged bodies: server-side apply bookkeeping, often the larger half of an object.</summary>
    public bool? OmitManagedFields { get; init; }

    /// <summary>Evaluated in order; the first matching rule decides a request's level.</summary>
    public required IReadOnlyList<AuditRule> Rules { get; init; }

    /// <summary>Verbs that change state.</summary>
    public static IReadOnlyList<string> WriteVerbs { get; } = ["create", "update", "patch", "delete", "deletecollection"];

    /// <summary>
    /// The platform's policy, most specific rule first:
    /// 1. None for the read-only system traffic that dominates the log and says nothing (kube-proxy
    ///    watching endpoints and services, kubelets reading their node, health and metrics scrapes);
    /// 2. Metadata for secrets, configmaps and tokens at every verb: their bodies are credentials, so
    ///    only who touched which one is recorded, never the content (this rule precedes the write rules);
    /// 3. RequestResponse for RBAC changes: who granted what, with the result, for incident review;
    /// 4. Request for every other write: the change without the (large, derivable) response;
    /// 5. Metadata for everything else, reads included.
    /// RequestReceived is omitted: ResponseComplete repeats it with the outcome, so it only doubles the volume.
    /// </summary>
    public static AuditPolicy Default() => new()
    {
        OmitStages = [AuditStage.RequestReceived],
        OmitManagedFields = true,
        Rules =
        [
            new AuditRule
            {
                Level = AuditLevel.None,
                Users = ["system:kube-proxy"],
                Verbs = ["watch"],
                Resources =
                [
                    new AuditGroupResources { Group = "", Resources = ["endpoints", "services", "services/status"] },
                    new AuditGroupResources { Group = "discovery.k8s.io", Resources = ["endpointslices"] },
                ],
            },
            new AuditRule
            {
                Level = AuditLevel.None,
                UserGroups = ["system:nodes"],
                Verbs = ["get"],
                Resources = [new AuditGroupResources { Group = "", Resources = ["nodes", "nodes/status"] }],
            },
            new AuditRule
            {
                Level = AuditLevel.None,
                NonResourceUrls = ["/healthz*", "/livez*", "/readyz*", "/metrics"],
            },
            new AuditRule
            {
                Level = AuditLevel.Metadata,
                Resources =
                [
                    new AuditGroupResources { Group = "", Resources = ["secrets", "configmaps", "serviceaccounts/token"] },
                    new AuditGroupResources { Group = "authentication.k8s.io", Resources = ["tokenreviews"] },
                ],
            },
            new AuditRule
            {
                Level = AuditLevel.RequestResponse,
                Verbs = WriteVerbs,
                Resources = [new AuditGroupResources { Group = "rbac.authorization.k8s.io" }],
            },
            new AuditRule { Level = AuditLevel.Request, Verbs = WriteVerbs },
            new AuditRule { Level = AuditLevel.Metadata },
        ],
    };

    /// <summary>The file's text.</summary>
    public string ToYaml() => ApiServerConfigFile.Write("audit.k8s.io/v1", "Policy", this);
}
