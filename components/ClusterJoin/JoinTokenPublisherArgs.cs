namespace Infra.ClusterJoin;

/// <summary>Args of <see cref="JoinTokenPublisher"/>: where the token goes, under which key, and how often it is replaced.</summary>
public sealed record JoinTokenPublisherArgs
{
    /// <summary>The region the AWS CLI writes the parameters in: the stack's region, as plain text.</summary>
    public required string Region { get; init; }

    /// <summary>The parameters to write (<see cref="JoinParameters.Under"/> the worker role's path).</summary>
    public required JoinParameters Parameters { get; init; }

    /// <summary>
    /// The KMS key the SecureStrings are encrypted with: the PKI key's alias, <c>ClusterPki.EncryptionKeyAliasName</c>.
    /// An alias rather than the key's ARN because node scripts are compiled into user data, and the alias is known
    /// at compile time; the grants name the key itself, which is what KMS authorises.
    /// </summary>
    public required string KmsKeyId { get; init; }

    /// <summary>
    /// How often each control-plane node creates and publishes a new token: every 30 minutes. The token lives
    /// <see cref="JoinTokenPublisher.TokenLifetimeMultiple"/> intervals, so the interval bounds how long a stolen
    /// token stays usable after the parameter moves on, at a cost of one API call and two SSM writes per node per run.
    /// Whole minutes, from 5 minutes to 6 hours (a token then lives at most kubeadm's default of 24 hours).
    /// </summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromMinutes(30);
}
