namespace Infra.Stacks.Config;

/// <summary>
/// Stack configuration that cannot be used. The message has one line per problem, each naming the source
/// (<c>Pulumi.&lt;stack&gt;.yaml</c> or <c>PULUMI_CONFIG</c>), the key, the value (<c>[secret]</c> for secrets)
/// and what to do.
/// </summary>
public sealed class ConfigException : Exception
{
    public ConfigException(IReadOnlyList<string> problems)
        : base(string.Join('\n', problems)) => Problems = problems;

    public ConfigException(string problem)
        : this([problem])
    {
    }

    /// <summary>Every problem found, in report order.</summary>
    public IReadOnlyList<string> Problems { get; }
}
