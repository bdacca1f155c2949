using Infra.Model;

namespace Infra.ControlPlane.Protection;

/// <summary><c>audit.k8s.io/v1 Level</c>: how much of a request an audit event records, from least to most.</summary>
public enum AuditLevel
{
    /// <summary>No event.</summary>
    [PulumiName("None")]
    None,

    /// <summary>Who, what, when and the outcome; never a body.</summary>
    [PulumiName("Metadata")]
    Metadata,

    /// <summary>Metadata and the request body.</summary>
    [PulumiName("Request")]
    Request,

    /// <summary>Metadata, the request body and the response body.</summary>
    [PulumiName("RequestResponse")]
    RequestResponse,
}

/// <summary><c>audit.k8s.io/v1 Stage</c>: the points of a request's life at which events are written.</summary>
public enum AuditStage
{
    /// <summary>Received, before any handling: an event per request that the ResponseComplete event repeats.</summary>
    [PulumiName("RequestReceived")]
    RequestReceived,

    /// <summary>Headers sent, body not yet: only long-running requests (watch) have it.</summary>
    [PulumiName("ResponseStarted")]
    ResponseStarted,

    [PulumiName("ResponseComplete")]
    ResponseComplete,

    [PulumiName("Panic")]
    Panic,
}
