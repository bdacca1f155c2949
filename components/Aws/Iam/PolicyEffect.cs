using Infra.Model;

namespace Infra.Aws.Iam;

/// <summary>The <c>Effect</c> of a policy statement, spelt as AWS expects.</summary>
public enum PolicyEffect
{
    [PulumiName("Allow")]
    Allow,

    [PulumiName("Deny")]
    Deny,
}
