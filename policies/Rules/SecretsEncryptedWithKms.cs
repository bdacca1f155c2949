using Infra.ControlPlane;
using Infra.ControlPlane.Protection;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// The API servers of every control-plane group (<see cref="ControlPlaneNodesAnnotation"/>) encrypt Secrets with KMS before
/// writing them to etcd: they run with <c>--encryption-provider-config</c> naming the file the configuration is written to
/// (<see cref="EncryptionConfiguration.FilePath"/>), and the configuration's first entry covering secrets (<c>secrets</c>,
/// or the wildcards <c>*.</c> and <c>*.*</c>: the API server uses the first match) puts a KMS provider first.
/// </summary>
public sealed class SecretsEncryptedWithKms : PolicyRule
{
    /// <summary>Resource names an encryption entry covers secrets with: the resource itself, all core resources, all resources.</summary>
    public static readonly IReadOnlyList<string> SecretsPatterns = ["secrets", "*.", "*.*"];

    public override string Id => "CP-008";

    public override string Title => "Secrets are encrypted with KMS in etcd";

    public override string Rationale =>
        "Without encryption every Secret sits in plain text in etcd, its snapshots and backups; the first provider encrypts every write, "
        + "so identity first stores them in plain text. KMS keeps the key outside the nodes, in AWS KMS, where its use is logged and can be revoked.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        foreach (var (group, nodes) in ControlPlaneGroups.Of(context))
        {
            var where = $"the API servers in zone {nodes.Zone}";
            var configFile = ControlPlaneGroups.ApiServerArg(nodes, "encryption-provider-config");
            if (string.IsNullOrEmpty(configFile))
            {
                yield return RuleViolation.Of(group, $"{where} run without --encryption-provider-config, so Secrets reach etcd in plain text: set it to {EncryptionConfiguration.FilePath} (ControlPlaneHardening.ApiServerArgs does)");
            }
            else if (configFile != EncryptionConfiguration.FilePath)
            {
                yield return RuleViolation.Of(group, $"{where} read their encryption configuration from {configFile}, but it is written to {EncryptionConfiguration.FilePath}: set --encryption-provider-config={EncryptionConfiguration.FilePath}");
            }

            var secrets = nodes.Encryption?.Resources.FirstOrDefault(entry => entry.Resources.Any(r => SecretsPatterns.Contains(r, StringComparer.Ordinal)));
            var fix = "write EncryptionConfiguration.SecretsWithKms(...): KMS first, identity last";
            if (nodes.Encryption is null)
            {
                yield return RuleViolation.Of(group, $"{where} have no encryption configuration written: {fix}");
            }
            else if (secrets is null)
            {
                yield return RuleViolation.Of(group, $"{where} have an encryption configuration that does not cover secrets: {fix}");
            }
            else if (secrets.Providers.Count == 0)
            {
                yield return RuleViolation.Of(group, $"{where} have an encryption configuration listing no provider for secrets: {fix}");
            }
            else if (secrets.Providers[0].KmsConfiguration is null)
            {
                // Only KMS and identity exist (EncryptionProvider's factories): a first provider that is not KMS is identity.
                yield return RuleViolation.Of(group, $"{where} write Secrets with the identity provider first, which stores them in plain text: {fix}");
            }
        }
    }
}
