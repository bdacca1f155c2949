namespace Infra.Aws.Ssm;

/// <summary>The <c>type</c> values of an SSM parameter.</summary>
public static class ParameterType
{
    /// <summary>Encrypted with a KMS key; reading the value needs kms:Decrypt on that key (except for <c>aws/ssm</c>).</summary>
    public const string SecureString = "SecureString";

    /// <summary>Plain text, for values that are not secret (a bucket name, a key's ARN).</summary>
    public const string PlainText = "String";
}
