namespace Infra.Stacks.Composition;

/// <summary>Names shared by every stack of the reference composition.</summary>
public static class StackNames
{
    /// <summary>The Pulumi project; also the config namespace (<c>infra:</c>).</summary>
    public const string Project = "infra";

    /// <summary>The stack output that carries advisory findings: Pulumi hides the compiler's stderr when it succeeds.</summary>
    public const string PolicyFindingsOutput = "policyFindings";

    /// <summary>The cluster stack's secret output the platform stack reads its kubeconfig from.</summary>
    public const string KubeconfigOutput = "kubeconfig";
}
