namespace Infra.Stacks.Config;

/// <summary>
/// Keys whose values are credentials by their name (<c>aws:secretKey</c>, <c>aws:token</c>, a misspelt
/// <c>aws:secretKy</c>, <c>infra:dbPassword</c>): messages never echo their values, whatever else is wrong with them.
/// </summary>
internal static class SecretKeyNames
{
    /// <summary>Name parts of credentials, lower case; <c>key</c> alone is too common (<c>infra:keyPair</c>), so keys count by kind.</summary>
    private static readonly string[] Parts = ["secret", "password", "passwd", "token", "accesskey", "privatekey", "credential", "kubeconfig", "apikey"];

    public static bool LooksSecret(string keyPath)
    {
        var name = keyPath.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        return Parts.Any(part => name.Contains(part, StringComparison.Ordinal));
    }
}
