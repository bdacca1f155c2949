namespace Infra.Stacks.Config;

/// <summary>The environments a stack can belong to; written in config as <c>dev</c>, <c>staging</c>, <c>prod</c>.</summary>
public enum EnvironmentName
{
    Dev,
    Staging,
    Prod,
}
