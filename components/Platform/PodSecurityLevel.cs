namespace Infra.Platform;

/// <summary>The Pod Security Standards levels, as Pod Security Admission labels spell them.</summary>
public enum PodSecurityLevel
{
    /// <summary>Current hardening practice: non-root, no privilege escalation, all capabilities dropped, RuntimeDefault seccomp.</summary>
    Restricted,

    /// <summary>Blocks known privilege escalations (host namespaces, privileged containers) but allows root and default capabilities.</summary>
    Baseline,

    /// <summary>No restriction: for node-level system components (CNI, CSI, kube-proxy) only.</summary>
    Privileged,
}
