using Infra.Model;

namespace Infra.Kubernetes.Flowcontrol;

/// <summary>
/// <c>flowcontrol/v1 Subject</c>: who made a request. Exactly one of user, group or service account is
/// set, the one <see cref="Kind"/> names; build one with the factories.
/// </summary>
public sealed record FlowSubject
{
    private FlowSubject()
    {
    }

    public required FlowSubjectKind Kind { get; init; }

    public UserSubject? User { get; init; }

    public GroupSubject? Group { get; init; }

    public ServiceAccountSubject? ServiceAccount { get; init; }

    public static FlowSubject ForUser(string name) => new() { Kind = FlowSubjectKind.User, User = new UserSubject { Name = name } };

    public static FlowSubject ForGroup(string name) => new() { Kind = FlowSubjectKind.Group, Group = new GroupSubject { Name = name } };

    /// <summary>A service account; <paramref name="name"/> "*" matches every account of the namespace.</summary>
    public static FlowSubject ForServiceAccount(string @namespace, string name = "*") =>
        new() { Kind = FlowSubjectKind.ServiceAccount, ServiceAccount = new ServiceAccountSubject { Namespace = @namespace, Name = name } };
}

/// <summary><c>flowcontrol/v1 UserSubject</c>.</summary>
public sealed record UserSubject
{
    public required string Name { get; init; }
}

/// <summary><c>flowcontrol/v1 GroupSubject</c>: e.g. <c>system:serviceaccounts</c>, <c>system:nodes</c>.</summary>
public sealed record GroupSubject
{
    public required string Name { get; init; }
}

/// <summary><c>flowcontrol/v1 ServiceAccountSubject</c>.</summary>
public sealed record ServiceAccountSubject
{
    public required string Namespace { get; init; }

    public required string Name { get; init; }
}

public enum FlowSubjectKind
{
    [PulumiName("User")]
    User,

    [PulumiName("Group")]
    Group,

    [PulumiName("ServiceAccount")]
    ServiceAccount,
}
