using System.Numerics;
using Infra.Kubernetes.Flowcontrol;
using Infra.Kubernetes.Meta;
using Infra.Model;

namespace Infra.ControlPlane.Protection;

/// <summary>
/// The platform's API Priority and Fairness levels (seed 004: after a restart, an API server flooded by
/// clients retrying on 429 stayed unavailable for 15 minutes; separate levels brought that down to one).
/// Tenants' service accounts get a small, queued share split fairly by namespace, so a retry storm from
/// tenants waits in its own queues while nodes, leader election and the control plane keep their
/// built-in levels (system, node-high, leader-election, workload-high), which stay untouched. The
/// platform's controllers get a level of their own beside workload-high, and their leases join the
/// built-in leader-election level so they do not lose leadership when the server is busy.
/// The built-in service-accounts schema (workload-low) is left in place but no longer matches anything:
/// workload-low lends 90% of its seats, so little capacity sits idle.
/// </summary>
public sealed class ApiPriorityAndFairness : Component
{
    public const string PlatformControllersName = "platform-controllers";

    public const string PlatformLeaderElectionName = "platform-leader-election";

    public const string TenantWorkloadsName = "tenant-workloads";

    /// <summary>
    /// Right after the built-in leader-election schemas (200) and before node traffic (400): platform
    /// leases are as vital to their controllers as kube-system's are, and match nothing else.
    /// </summary>
    public const int PlatformLeaderElectionPrecedence = BuiltInFlowControl.WorkloadLeaderElectionPrecedence + 50;

    /// <summary>After every built-in schema naming system components (at most 900), so those keep their levels.</summary>
    public const int PlatformControllersPrecedence = 1000;

    /// <summary>
    /// After the platform's schemas, so a platform account never counts as a tenant, and before the
    /// built-in service-accounts schema (9000), which it replaces for tenants.
    /// </summary>
    public const int TenantWorkloadsPrecedence = 8000;

    /// <summary>As much as workload-high: our controllers matter as much as kube-controller-manager's workloads.</summary>
    public const int PlatformControllersShares = 40;

    /// <summary>
    /// Half the platform's and below system (30): with the built-ins and the platform level (305 shares
    /// in all) tenants hold about 7% of each API server's seats, about 40 of the default 600.
    /// </summary>
    public const int TenantWorkloadsShares = 20;

    /// <summary>Tenants may borrow idle seats up to their own nominal again, never the whole server.</summary>
    public const int TenantBorrowingLimitPercent = 100;

    /// <summary>Hand size of both levels: the built-in levels' 6, small against 64+ queues so a heavy flow fills few.</summary>
    public const int HandSize = 6;

    /// <summary>Requests per queue before 429: the API server's default; queuing absorbs bursts, the limit bounds memory.</summary>
    public const int QueueLengthLimit = 50;

    /// <summary>Fewest queues per level: the API server's default.</summary>
    public const int MinimumQueues = 64;

    /// <summary>Most tenant queues: each costs memory on every API server, and with 512 queues a hand of 6 is almost never all shared.</summary>
    public const int MaximumQueues = 512;

    public ApiPriorityAndFairness(Scope parent, ApiPriorityAndFairnessArgs args, string id = "api-priority-and-fairness", ResourceOptions? options = null)
        : base(parent, id)
    {
        ArgumentNullException.ThrowIfNull(args);
        Validate(args);

        var platformAccounts = args.PlatformNamespaces.Select(ns => FlowSubject.ForServiceAccount(ns)).ToList();

        PlatformControllers = Level(PlatformControllersName, new LimitedPriorityLevelConfiguration
        {
            NominalConcurrencyShares = PlatformControllersShares,

            // As workload-high: half may go to busier levels while our controllers are idle.
            LendablePercent = 50,
            LimitResponse = Queued(MinimumQueues),
        }, options);

        TenantWorkloads = Level(TenantWorkloadsName, new LimitedPriorityLevelConfiguration
        {
            NominalConcurrencyShares = TenantWorkloadsShares,

            // As workload-low: tenants' idle seats serve the system rather than sit empty.
            LendablePercent = 90,
            BorrowingLimitPercent = TenantBorrowingLimitPercent,
            LimitResponse = Queued(TenantQueues(args.ExpectedTenantNamespaces)),
        }, options);

        PlatformLeaderElection = Schema(PlatformLeaderElectionName, BuiltInFlowControl.LeaderElectionLevel, PlatformLeaderElectionPrecedence,
            FlowDistinguisherMethodType.ByUser, new PolicyRulesWithSubjects
            {
                Subjects = platformAccounts,
                ResourceRules = [new ResourcePolicyRule { Verbs = ["get", "create", "update"], ApiGroups = ["coordination.k8s.io"], Resources = ["leases"], Namespaces = ["*"] }],
            }, options);

        // By user: each controller is one flow, so one looping operator cannot starve the others.
        PlatformControllersSchema = Schema(PlatformControllersName, PlatformControllersName, PlatformControllersPrecedence,
            FlowDistinguisherMethodType.ByUser, Everything(platformAccounts), options);

        // By namespace: each tenant is one flow, so one tenant's retry storm queues behind itself only
        // (cluster-wide requests, which name no namespace, share one flow).
        TenantWorkloadsSchema = Schema(TenantWorkloadsName, TenantWorkloadsName, TenantWorkloadsPrecedence,
            FlowDistinguisherMethodType.ByNamespace, Everything([FlowSubject.ForGroup("system:serviceaccounts")]), options);
    }

    public PriorityLevelConfiguration PlatformControllers { get; }

    public PriorityLevelConfiguration TenantWorkloads { get; }

    public FlowSchema PlatformLeaderElection { get; }

    public FlowSchema PlatformControllersSchema { get; }

    public FlowSchema TenantWorkloadsSchema { get; }

    public IReadOnlyList<PriorityLevelConfiguration> Levels => [PlatformControllers, TenantWorkloads];

    public IReadOnlyList<FlowSchema> Schemas => [PlatformLeaderElection, PlatformControllersSchema, TenantWorkloadsSchema];

    /// <summary>
    /// One queue per expected tenant namespace, so concurrent tenants rarely share one, rounded up to a
    /// power of two and kept within <see cref="MinimumQueues"/> and <see cref="MaximumQueues"/>.
    /// </summary>
    public static int TenantQueues(int expectedTenantNamespaces) =>
        (int)Math.Clamp(BitOperations.RoundUpToPowerOf2((uint)Math.Max(expectedTenantNamespaces, 1)), MinimumQueues, MaximumQueues);

    private static LimitResponse Queued(int queues) => new()
    {
        Type = LimitResponseType.Queue,
        Queuing = new QueuingConfiguration { Queues = queues, HandSize = HandSize, QueueLengthLimit = QueueLengthLimit },
    };

    private static PolicyRulesWithSubjects Everything(IReadOnlyList<FlowSubject> subjects) => new()
    {
        Subjects = subjects,
        ResourceRules = [ResourcePolicyRule.Everything],
        NonResourceRules = [NonResourcePolicyRule.Everything],
    };

    private PriorityLevelConfiguration Level(string name, LimitedPriorityLevelConfiguration limited, ResourceOptions? options) =>
        new(Scope, $"{name}-level", new PriorityLevelConfigurationArgs
        {
            Metadata = new ObjectMeta { Name = name },
            Spec = new PriorityLevelConfigurationSpec { Type = PriorityLevelType.Limited, Limited = limited },
        }, options);

    private FlowSchema Schema(string name, string level, int precedence, FlowDistinguisherMethodType distinguisher, PolicyRulesWithSubjects rules, ResourceOptions? options)
    {
        // Named by a literal, not an output: a schema whose level does not exist yet is only marked
        // invalid until the level appears, so no creation order is needed.
        return new FlowSchema(Scope, $"{name}-flows", new FlowSchemaArgs
        {
            Metadata = new ObjectMeta { Name = name },
            Spec = new FlowSchemaSpec
            {
                MatchingPrecedence = precedence,
                PriorityLevelConfiguration = new PriorityLevelConfigurationReference { Name = level },
                DistinguisherMethod = new FlowDistinguisherMethod { Type = distinguisher },
                Rules = [rules],
            },
        }, options);
    }

    private static void Validate(ApiPriorityAndFairnessArgs args)
    {
        if (args.PlatformNamespaces is null || args.PlatformNamespaces.Count == 0)
        {
            throw new ArgumentException(
                "PlatformNamespaces is empty: name the namespaces of the platform's controllers (e.g. monitoring, ingress), or every controller is served as a tenant",
                nameof(args));
        }

        foreach (var ns in args.PlatformNamespaces)
        {
            if (ns == "kube-system")
            {
                throw new ArgumentException(
                    "PlatformNamespaces contains 'kube-system': remove it, the built-in kube-system-service-accounts schema (precedence 900) already serves it at workload-high",
                    nameof(args));
            }

            if (ns == "*" || string.IsNullOrWhiteSpace(ns))
            {
                throw new ArgumentException($"PlatformNamespaces contains '{ns}': name each platform namespace exactly; a wildcard would make every tenant a platform controller", nameof(args));
            }
        }

        var duplicate = args.PlatformNamespaces.GroupBy(ns => ns, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"PlatformNamespaces names '{duplicate.Key}' twice: list each namespace once", nameof(args));
        }

        if (args.ExpectedTenantNamespaces < 1)
        {
            throw new ArgumentException($"ExpectedTenantNamespaces is {args.ExpectedTenantNamespaces}: give the number of tenant namespaces, at least 1", nameof(args));
        }
    }
}
