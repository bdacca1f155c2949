using Infra.Aws;
using Infra.Aws.Ssm;
using Infra.Model;

namespace Infra.ClusterJoin;

/// <summary>
/// The two SSM parameters a node joins with, under the worker role's path (<c>NodeRoles.WorkerParameterPath</c>),
/// which workers may already read: a kubeadm bootstrap token and the cluster CA's public-key pin. Control-plane
/// nodes write their values at run time (<see cref="JoinTokenPublisher"/>, <c>put-parameter --overwrite</c>): a token
/// written by the program would be in its state and would expire long before the next deploy. The program declares
/// them (<see cref="Declare"/>) with the value <see cref="Unpublished"/> and <c>ignoreChanges</c> on the value, so
/// Pulumi owns them, and <c>pulumi destroy</c> deletes them, while the nodes own what they hold. Both are
/// SecureStrings encrypted with the PKI's KMS key.
/// </summary>
public sealed record JoinParameters
{
    private JoinParameters(string path)
    {
        Path = path;
    }

    /// <summary>The parameters' folder, <c>{worker path}/join</c>: what the decrypt grant of the readers names.</summary>
    public string Path { get; }

    /// <summary><c>{worker path}/join/token</c>: a bootstrap token (<c>[a-z0-9]{6}.[a-z0-9]{16}</c>), replaced every refresh.</summary>
    public string Token => $"{Path}/token";

    /// <summary>
    /// <c>{worker path}/join/ca-cert-hash</c>: <c>sha256:&lt;hex&gt;</c> of the cluster CA's public key (SubjectPublicKeyInfo),
    /// kubeadm's discovery pin: a joining node trusts only an API server whose CA has this key.
    /// </summary>
    public string CaCertHash => $"{Path}/ca-cert-hash";

    /// <summary>What a parameter holds until a control-plane node publishes: workers wait for another value.</summary>
    public const string Unpublished = "unpublished";

    /// <summary>Both parameter names, token first.</summary>
    public IReadOnlyList<string> Names => [Token, CaCertHash];

    /// <summary>The parameters under <paramref name="workerParameterPath"/> (<c>NodeRoles.WorkerParameterPath</c>).</summary>
    public static JoinParameters Under(string workerParameterPath)
    {
        if (!ParameterPathRule.IsValid(workerParameterPath))
        {
            throw new ArgumentException(
                $"worker parameter path '{workerParameterPath}' is not an SSM path: {ParameterPathRule.Requirement} (pass NodeRoles.WorkerParameterPath)",
                nameof(workerParameterPath));
        }

        return new JoinParameters($"{workerParameterPath}/join");
    }

    /// <summary>The ARN of each parameter, token first: IAM resources and the KMS encryption context name parameters by ARN.</summary>
    public IReadOnlyList<Expr<string>> Arns(AwsAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return Names.Select(name => account.Arn("ssm", $"parameter{name}")).ToArray();
    }

    /// <summary>
    /// Both parameters as resources, token first, holding <see cref="Unpublished"/> until a node overwrites them;
    /// <c>ignoreChanges: [value]</c> keeps <c>pulumi up</c> from putting the placeholder back over a published token.
    /// </summary>
    public IReadOnlyList<Parameter> Declare(Scope scope, Expr<string> keyId, IReadOnlyDictionary<string, Expr<string>> tags)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Names.Select(name => new Parameter(scope, $"join-{name[(name.LastIndexOf('/') + 1)..]}", new ParameterArgs
        {
            Name = name,
            Type = ParameterType.SecureString,
            KeyId = keyId,
            Value = Unpublished,
            Description = "Written by the control-plane nodes (kubeadm-join-token); the value here is a placeholder",
            Tags = tags,
        }, new ResourceOptions { IgnoreChanges = ["value"] })).ToArray();
    }
}
