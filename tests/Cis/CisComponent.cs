namespace Infra.Tests.Cis;

/// <summary>Where a CIS check reads its settings: a component's flags or a configuration file's fields.</summary>
internal enum CisComponent
{
    /// <summary>kube-apiserver's flags (section 1.2).</summary>
    ApiServer,

    /// <summary>The file named by kube-apiserver's --encryption-provider-config (1.2.28).</summary>
    EncryptionConfig,

    /// <summary>kube-controller-manager's flags (1.3).</summary>
    ControllerManager,

    /// <summary>kube-scheduler's flags (1.4).</summary>
    Scheduler,

    /// <summary>An etcd member's flags (section 2).</summary>
    Etcd,

    /// <summary>The kubelet's configuration file, fields as dotted paths (section 4.2).</summary>
    Kubelet,
}
