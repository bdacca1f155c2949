using System.Globalization;
using Infra.Kubernetes;
using Infra.Kubernetes.Core;
using Infra.Kubernetes.Meta;
using Infra.Model;

namespace Infra.Platform;

/// <summary>
/// A namespace with Pod Security Admission labels (the built-in admission controller that replaced
/// PodSecurityPolicy). <c>enforce</c> rejects pods that break the namespace's level. <c>audit</c> and
/// <c>warn</c> stay at restricted unless the namespace is privileged: a baseline namespace then still
/// reports what keeps it from restricted, while in a system namespace those reports would be noise
/// nobody acts on. Privileged is allowed only for the <see cref="SystemNamespaces"/>, and any level
/// below restricted needs a reason. All three labels pin their policy version.
/// The namespace denies all traffic by default and allows DNS and its <see cref="PlatformNamespaceArgs.Allows"/>
/// (<see cref="NamespaceNetworkPolicies"/>); its <see cref="KindLabel"/> tells application namespaces from platform ones.
/// A tenant namespace also gets its <see cref="TenantTier"/>'s label, ResourceQuota and (service tier) LimitRange.
/// </summary>
public sealed class PlatformNamespace : Component
{
    /// <summary>Label prefix of Pod Security Admission.</summary>
    public const string PodSecurityLabelPrefix = "pod-security.kubernetes.io/";

    /// <summary>Annotation carrying the reason a namespace runs below restricted.</summary>
    public const string ReasonAnnotation = "platform.infra/pod-security-reason";

    /// <summary>Label naming the namespace's <see cref="NamespaceKind"/>: <c>application</c> or <c>platform</c>.</summary>
    public const string KindLabel = "platform.infra/namespace-kind";

    /// <summary>
    /// Namespaces of node-level system components that need host access (CNI agents, kube-proxy, CSI
    /// node plugins): the only ones that may be privileged.
    /// </summary>
    public static readonly IReadOnlySet<string> SystemNamespaces = new SortedSet<string>(StringComparer.Ordinal)
    {
        "kube-system", "calico-system", "tigera-operator",
    };

    public PlatformNamespace(Scope parent, string id, PlatformNamespaceArgs args, ResourceOptions? options = null)
        : base(parent, id)
    {
        ArgumentNullException.ThrowIfNull(args);
        var name = args.Name ?? id;
        Validate(name, args);

        var labels = new SortedDictionary<string, Expr<string>>(StringComparer.Ordinal);
        if (args.Labels is not null)
        {
            foreach (var (key, value) in args.Labels)
            {
                labels[key] = value;
            }
        }

        if (args.Tenant is { } tenant)
        {
            labels[TenantTier.Label] = tenant.Name;
        }

        var level = LevelName(args.Level);
        var reviewLevel = args.Level == PodSecurityLevel.Privileged ? level : LevelName(PodSecurityLevel.Restricted);
        foreach (var (mode, modeLevel) in new[] { ("enforce", level), ("audit", reviewLevel), ("warn", reviewLevel) })
        {
            labels[PodSecurityLabelPrefix + mode] = modeLevel;
            labels[PodSecurityLabelPrefix + mode + "-version"] = args.PolicyVersion;
        }

        labels[KindLabel] = KindName(args.Kind);

        Name = name;
        Level = args.Level;
        Kind = args.Kind;
        Namespace = new KubernetesNamespace(Scope, "namespace", new NamespaceArgs
        {
            Metadata = new ObjectMeta
            {
                Name = name,
                Labels = labels,
                Annotations = args.Reason is null ? null : new SortedDictionary<string, Expr<string>>(StringComparer.Ordinal) { [ReasonAnnotation] = args.Reason },
            },
        }, options);
        if (args.Tenant is { } budget)
        {
            DeclareBudget(budget, options);
        }

        IEnumerable<NetworkAllow> allows = args.Kind == NamespaceKind.Application
            ? [NamespaceNetworkPolicies.Dns(args.NodeLocalDnsAddress), NamespaceNetworkPolicies.WithinNamespace, .. args.Allows]
            : [NamespaceNetworkPolicies.Dns(args.NodeLocalDnsAddress), .. args.Allows];
        NetworkPolicies = NamespaceNetworkPolicies.Declare(Scope, NameOutput, allows, options);
    }

    /// <summary>The namespace's name, known now.</summary>
    public string Name { get; }

    public PodSecurityLevel Level { get; }

    public KubernetesNamespace Namespace { get; }

    public NamespaceKind Kind { get; }

    /// <summary>Default-deny first, then one policy per allow.</summary>
    public IReadOnlyList<Kubernetes.Networking.NetworkPolicy> NetworkPolicies { get; }

    /// <summary>The name as an output: use it to make objects depend on the namespace's creation.</summary>
    public Output<string> NameOutput => Namespace.ObjectName;

    /// <summary>The Container type of a LimitRange item.</summary>
    private const string ContainerLimitType = "Container";

    /// <summary>The tier's quotas and limit range, created in the namespace once it exists.</summary>
    private void DeclareBudget(TenantTier tenant, ResourceOptions? options)
    {
        ObjectMeta Meta(string name) => new() { Name = name, Namespace = NameOutput };

        _ = new ResourceQuota(Scope, "quota", new ResourceQuotaArgs
        {
            Metadata = Meta("compute"),
            Spec = new ResourceQuotaSpec { Hard = tenant.ComputeQuota(), Scopes = tenant.AllowsBestEffort ? [QuotaScope.NotBestEffort] : null },
        }, options);
        if (tenant.BestEffortPods is { } bestEffortPods)
        {
            _ = new ResourceQuota(Scope, "best-effort-quota", new ResourceQuotaArgs
            {
                Metadata = Meta("best-effort"),
                Spec = new ResourceQuotaSpec
                {
                    Hard = new Dictionary<string, string>(StringComparer.Ordinal) { ["pods"] = bestEffortPods.ToString(CultureInfo.InvariantCulture) },
                    Scopes = [QuotaScope.BestEffort],
                },
            }, options);
            return;
        }

        var defaults = new Dictionary<string, string>(StringComparer.Ordinal) { ["cpu"] = WorkloadArgs.DefaultCpuRequest, ["memory"] = WorkloadArgs.DefaultMemoryRequest };
        _ = new LimitRange(Scope, "limits", new LimitRangeArgs
        {
            Metadata = Meta("defaults"),
            Spec = new LimitRangeSpec { Limits = [new LimitRangeItem { Type = ContainerLimitType, Default = defaults, DefaultRequest = defaults }] },
        }, options);
    }
    /// <summary>The kind as <see cref="KindLabel"/> spells it.</summary>
    public static string KindName(NamespaceKind kind) => kind switch
    {
        NamespaceKind.Application => "application",
        NamespaceKind.Platform => "platform",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown namespace kind"),
    };

    private static string LevelName(PodSecurityLevel level) => level switch
    {
        PodSecurityLevel.Restricted => "restricted",
        PodSecurityLevel.Baseline => "baseline",
        PodSecurityLevel.Privileged => "privileged",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown Pod Security level"),
    };

    private static void Validate(string name, PlatformNamespaceArgs args)
    {
        if (args.Level != PodSecurityLevel.Restricted && string.IsNullOrWhiteSpace(args.Reason))
        {
            throw new ArgumentException(
                $"namespace '{name}' is {LevelName(args.Level)} without a reason: set Reason to why its pods cannot meet restricted, or use Level = Restricted",
                nameof(args));
        }

        if (args.Level == PodSecurityLevel.Privileged && !SystemNamespaces.Contains(name))
        {
            throw new ArgumentException(
                $"namespace '{name}' is privileged, which only system namespaces ({string.Join(", ", SystemNamespaces)}) may be: use Level = Baseline or Restricted and give the pods the capabilities they need",
                nameof(args));
        }

        if (args.Labels?.Keys.FirstOrDefault(key => key.StartsWith(PodSecurityLabelPrefix, StringComparison.Ordinal)) is { } podSecurityLabel)
        {
            throw new ArgumentException(
                $"namespace '{name}' sets label '{podSecurityLabel}' itself: set Level (and Reason) instead, so every namespace states its Pod Security level the same way",
                nameof(args));
        }

        if (args.Labels?.ContainsKey(KindLabel) == true)
        {
            throw new ArgumentException(
                $"namespace '{name}' sets label '{KindLabel}' itself: set Kind instead, so the label and the namespace's network policies agree",
                nameof(args));
        }

        if (!IsMinorVersion(args.PolicyVersion))
        {
            throw new ArgumentException(
                $"namespace '{name}' pins Pod Security version '{args.PolicyVersion}': use a Kubernetes minor such as '{KubernetesRelease.Minor}', never 'latest'",
                nameof(args));
        }
    }

    private static bool IsMinorVersion(string version) =>
        version.StartsWith("v1.", StringComparison.Ordinal) && version.Length > 3 && !version.AsSpan(3).ContainsAnyExceptInRange('0', '9');
}
