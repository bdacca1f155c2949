using Infra.Model;

namespace Infra.Policies.Engine;

/// <summary>What a rule evaluates: the stack's program and the facts the stack states.</summary>
public sealed class PolicyContext(InfraProgram program, StackFacts facts)
{
    public InfraProgram Program { get; } = program;

    public StackFacts Facts { get; } = facts;

    public string Environment => Facts.Environment;

    public IReadOnlyList<Resource> Resources => Program.Resources;

    /// <summary>The program's resources of type <typeparamref name="T"/>, in declaration order.</summary>
    public IEnumerable<T> ResourcesOf<T>() => Program.ResourcesOf<T>();
}
