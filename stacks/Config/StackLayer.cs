namespace Infra.Stacks.Config;

/// <summary>Which half of an environment a stack deploys: <c>cluster</c> (what lives in AWS, stack <c>&lt;env&gt;</c>)
/// or <c>platform</c> (what lives in Kubernetes, stack <c>&lt;env&gt;-platform</c>).</summary>
public enum StackLayer
{
    Cluster,
    Platform,
}
