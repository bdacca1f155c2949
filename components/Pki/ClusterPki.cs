using System.Net;
using Infra.Aws;
using Infra.Aws.Iam;
using Infra.Aws.Kms;
using Infra.Aws.Ssm;
using Infra.Model;
using Infra.NodeIam;
using Infra.Tls;

namespace Infra.Pki;

/// <summary>
/// The certificates of a self-managed (kubeadm) cluster with an external etcd, created by the program
/// (TLS provider) and handed to instances through SSM Parameter Store, never through user data:
/// <list type="bullet">
/// <item>a cluster CA, whose key kubeadm needs on control-plane nodes to issue the API server's, kubelets' and controllers' certificates;</item>
/// <item>a front-proxy CA and a service account signing key, which every control-plane node must share (kubeadm
/// copies them between control-plane nodes; here each node reads them), kept apart from the cluster CA as kubeadm does:
/// the aggregation layer trusts any client certificate of the front-proxy CA to assert users;</item>
/// <item>an etcd CA, separate as kubeadm keeps it: etcd trusts any client certificate of its CA with full access
/// (etcd has no RBAC here), so a certificate issued by the cluster CA, such as a kubelet's, must not be accepted by etcd;</item>
/// <item>one certificate per etcd member, serving clients and peers (server and client auth), naming the member's DNS name and IP;</item>
/// <item>the API server's etcd client certificate;</item>
/// <item>the admin client certificate for the kubeconfig the cluster stack exports, in group <c>kubeadm:cluster-admins</c>:
/// kubeadm 1.29+ binds that group to cluster-admin with a ClusterRoleBinding (KEP-4214) that can be deleted to revoke it,
/// whereas <c>system:masters</c> bypasses RBAC and cannot be revoked short of replacing the CA.</item>
/// </list>
/// Every certificate and key is a SecureString parameter encrypted with a KMS key of the component,
/// under the path of the only role that reads it (<see cref="PkiPaths"/>); the readers also need
/// <see cref="DecryptStatement"/>. The CA keys and the KMS key are protected: losing either breaks every node.
/// </summary>
public sealed class ClusterPki : Component
{
    /// <summary>The group kubeadm (1.29+) binds to the cluster-admin ClusterRole for admin.conf.</summary>
    public const string ClusterAdminsGroup = "kubeadm:cluster-admins";

    /// <summary>
    /// The longest window AWS allows between deleting the key and destroying it: every parameter becomes
    /// unreadable with the key, so a mistaken deletion gets the most time to be cancelled.
    /// </summary>
    private const int KeyDeletionWindowInDays = 30;

    private readonly AwsAccount account;

    /// <summary>Every role <see cref="AllowDecrypt"/> has let decrypt, by ARN: the key policy names them.</summary>
    private readonly List<Expr<string>> decryptingRoleArns = [];

    public ClusterPki(Scope parent, string id, ClusterPkiArgs args)
        : base(parent, id)
    {
        Validate(args);
        var validity = args.Validity;
        Paths = new PkiPaths(args.ParameterPathPrefix, args.ClusterName);
        account = AwsAccount.Of(Scope);

        EncryptionKey = new Key(Scope, "kms-key", new KeyArgs
        {
            Description = $"Encrypts the certificates and keys of cluster {args.ClusterName} in SSM Parameter Store",
            EnableKeyRotation = true,
            DeletionWindowInDays = KeyDeletionWindowInDays,
            Tags = args.Tags,
        }, new ResourceOptions { Protect = true });
        EncryptionKeyAliasName = $"alias{args.ParameterPathPrefix}/{args.ClusterName}/pki";
        EncryptionKeyAlias = new KeyAlias(Scope, "kms-alias", new KeyAliasArgs
        {
            Name = EncryptionKeyAliasName,
            TargetKeyId = EncryptionKey.KeyId,
        });
        var store = new SecureParameterStore(EncryptionKey, args.Tags);

        CertificateAuthority NewCa(string id, string commonName) =>
            new(Scope, id, new CertificateSubject { CommonName = commonName, Organization = args.ClusterName }, validity.CaHours);
        var clusterCa = NewCa("cluster-ca", "kubernetes-ca");
        var frontProxyCa = NewCa("front-proxy-ca", "front-proxy-ca");
        var etcdCa = NewCa("etcd-ca", "etcd-ca");
        ClusterCa = store.Store(clusterCa.Scope, Paths.ControlPlane, "ca", clusterCa, $"Cluster CA of {args.ClusterName}");
        FrontProxyCa = store.Store(frontProxyCa.Scope, Paths.ControlPlane, "front-proxy-ca", frontProxyCa, $"Front-proxy CA of {args.ClusterName}");
        EtcdCa = store.Store(etcdCa.Scope, Paths.Operator, "etcd/ca", etcdCa, $"etcd CA of {args.ClusterName}");
        ServiceAccountKey = NewServiceAccountKey(store, args.ClusterName);

        IssuedCertificateArgs Leaf(CertificateSubject subject, IReadOnlyList<string> uses) => new()
        {
            Subject = subject,
            AllowedUses = uses,
            ValidityHours = validity.LeafHours,
            EarlyRenewalHours = validity.LeafEarlyRenewalHours,
        };

        var apiServerEtcdClient = etcdCa.Issue(Scope, "apiserver-etcd-client", Leaf(new CertificateSubject { CommonName = "kube-apiserver-etcd-client" }, ClientUses));
        ApiServerEtcdClient = store.Store(
            apiServerEtcdClient.Scope, Paths.ControlPlane, "apiserver-etcd-client", apiServerEtcdClient,
            $"API server etcd client of {args.ClusterName}", new IssuerCopy(etcdCa, "etcd/ca.crt"));

        var admin = clusterCa.Issue(Scope, "admin", Leaf(new CertificateSubject { CommonName = "kubernetes-admin", Organization = ClusterAdminsGroup }, ClientUses));
        Admin = store.Store(admin.Scope, Paths.Operator, "admin", admin, $"Cluster admin of {args.ClusterName}");

        var members = Scope.Child("etcd-members");
        var memberCredentials = new SortedDictionary<string, StoredCredential>(StringComparer.Ordinal);
        foreach (var member in args.EtcdMembers)
        {
            var certificate = etcdCa.Issue(members, member.Name, Leaf(new CertificateSubject { CommonName = member.Name }, MemberUses) with
            {
                DnsNames = [member.DnsName, "localhost"],
                IpAddresses = [member.PrivateIp, "127.0.0.1"],
            });
            memberCredentials[member.Name] = store.Store(
                certificate.Scope, Paths.EtcdMember(member.Name), "etcd/server", certificate,
                $"etcd member {member.Name} of {args.ClusterName}", new IssuerCopy(etcdCa, "etcd/ca.crt"));
        }

        EtcdMembers = memberCredentials;
    }

    /// <summary>Client certificates: TLS client authentication only.</summary>
    private static IReadOnlyList<string> ClientUses { get; } = [CertificateUse.DigitalSignature, CertificateUse.ClientAuth];

    /// <summary>
    /// etcd members serve clients and dial peers with one certificate, so it needs both server and client
    /// auth. Its SANs add localhost and 127.0.0.1 to the member's own names, as kubeadm's etcd certificates do,
    /// so etcdctl and health checks on the member itself connect over loopback.
    /// </summary>
    private static IReadOnlyList<string> MemberUses { get; } = [CertificateUse.DigitalSignature, CertificateUse.ServerAuth, CertificateUse.ClientAuth];

    /// <summary>Where each reader's credentials live.</summary>
    public PkiPaths Paths { get; }

    /// <summary>The customer managed key every parameter of the PKI is encrypted with (protected; yearly rotation).</summary>
    public Key EncryptionKey { get; }

    /// <summary><c>alias{prefix}/{cluster}/pki</c>, so the key is recognisable in the console and in CloudTrail.</summary>
    public KeyAlias EncryptionKeyAlias { get; }

    /// <summary>
    /// The alias's name, known when the program is compiled (the key's ARN is not): what scripts on nodes pass as
    /// <c>--key-id</c> to encrypt parameters they write at run time, such as the join token.
    /// </summary>
    public string EncryptionKeyAliasName { get; }

    /// <summary>The cluster CA: control plane path (<c>ca.crt</c>, <c>ca.key</c>).</summary>
    public StoredCredential ClusterCa { get; }

    /// <summary>The front-proxy CA (aggregation layer): control plane path (<c>front-proxy-ca.crt</c>, <c>front-proxy-ca.key</c>).</summary>
    public StoredCredential FrontProxyCa { get; }

    /// <summary>The key that signs and verifies service account tokens: control plane path (<c>sa.key</c>, <c>sa.pub</c>); protected.</summary>
    public StoredKeyPair ServiceAccountKey { get; }

    /// <summary>The etcd CA: operator path (<c>etcd/ca.crt</c>, <c>etcd/ca.key</c>); its certificate is also stored beside each credential it issued.</summary>
    public StoredCredential EtcdCa { get; }

    /// <summary>The API server's etcd client certificate: control plane path (<c>apiserver-etcd-client.crt/.key</c>, with <c>etcd/ca.crt</c>).</summary>
    public StoredCredential ApiServerEtcdClient { get; }

    /// <summary>The admin client certificate (group <see cref="ClusterAdminsGroup"/>): operator path (<c>admin.crt/.key</c>).</summary>
    public StoredCredential Admin { get; }

    /// <summary>
    /// Each etcd member's certificate by member name: the member's path (<c>etcd/server.crt/.key</c>, with <c>etcd/ca.crt</c>,
    /// kubeadm's file names). One certificate serves clients and peers: point etcd's peer cert and key files at it too.
    /// </summary>
    public IReadOnlyDictionary<string, StoredCredential> EtcdMembers { get; }

    /// <summary>The cluster CA certificate (public): kubeconfigs' <c>certificate-authority-data</c>, kubeadm's <c>ca.crt</c>.</summary>
    public Expr<string> ClusterCaCertPem => ClusterCa.CertPem;

    /// <summary>The etcd CA certificate (public): what the API server and etcd members trust for etcd.</summary>
    public Expr<string> EtcdCaCertPem => EtcdCa.CertPem;

    /// <summary>
    /// Lets a role decrypt the PKI's SecureString parameters under <paramref name="parameterPath"/> and no
    /// others: Parameter Store passes the parameter's ARN as encryption context, and the call must come
    /// through SSM. Add it to the role that already may read that path (ssm:GetParameter*).
    /// </summary>
    public PolicyStatement DecryptStatement(string parameterPath)
    {
        if (!ParameterPathRule.IsValid(parameterPath))
        {
            throw new ArgumentException($"parameter path '{parameterPath}' is not an SSM path: {ParameterPathRule.Requirement}", nameof(parameterPath));
        }

        return new PolicyStatement
        {
            Sid = "DecryptPkiParameters",
            Action = ["kms:Decrypt"],
            Resource = [EncryptionKey.Arn],
            Condition = new SortedDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Expr<string>>>>(StringComparer.Ordinal)
            {
                ["StringEquals"] = new SortedDictionary<string, IReadOnlyList<Expr<string>>>(StringComparer.Ordinal)
                {
                    ["kms:ViaService"] = [Fn.Interpolate($"ssm.{account.Region}.amazonaws.com")],
                },
                ["StringLike"] = new SortedDictionary<string, IReadOnlyList<Expr<string>>>(StringComparer.Ordinal)
                {
                    ["kms:EncryptionContext:PARAMETER_ARN"] = [account.Arn("ssm", $"parameter{parameterPath}/*")],
                },
            },
        };
    }

    /// <summary>
    /// Gives the role named <paramref name="roleName"/> an inline policy with <see cref="DecryptStatement"/>
    /// for <paramref name="parameterPath"/>, declared here as <c>{id}-decrypt</c>: e.g. the control-plane
    /// node role for <see cref="PkiPaths.ControlPlane"/>, each etcd member's role for its own path.
    /// </summary>
    public RolePolicy AllowDecrypt(string id, Expr<string> roleName, string parameterPath)
    {
        // Node roles have no path, so the name makes the ARN; the reference orders the key policy after the role.
        decryptingRoleArns.Add(Fn.Interpolate($"arn:{account.Partition}:iam::{account.AccountId}:role/{roleName}"));
        return new(Scope, $"{id}-decrypt", new RolePolicyArgs
        {
            Role = roleName,
            Policy = new PolicyDocument { Statement = [DecryptStatement(parameterPath)] }.ToJson(),
        });
    }

    /// <summary>
    /// Declares the key's policy once every reader is known (call it after the last <see cref="AllowDecrypt"/>):
    /// the readers decrypt and <paramref name="publisherRoleArns"/> (the control plane, writing the join token)
    /// encrypt, through SSM only. The deployer writes every parameter through SSM and reads it back on refresh;
    /// who deploys is not known to the program, so encrypting and decrypting through SSM stays the account's
    /// to grant by IAM. No principal may use the key outside SSM.
    /// </summary>
    public KeyPolicy NameKeyUsers(IReadOnlyList<Expr<string>> publisherRoleArns)
    {
        ArgumentNullException.ThrowIfNull(publisherRoleArns);
        if (decryptingRoleArns.Count == 0)
        {
            throw new InvalidOperationException("no role may decrypt the PKI yet: call NameKeyUsers after AllowDecrypt, or the key policy would name no reader");
        }

        var viaSsm = Fn.Interpolate($"ssm.{account.Region}.amazonaws.com");
        return new KeyPolicy(Scope, "kms-key-policy", new KeyPolicyArgs
        {
            KeyId = EncryptionKey.KeyId,
            Policy = KeyPolicyDocument.For(account,
            [
                new KeyUser("ReadersDecryptThroughSsm", [.. decryptingRoleArns.Distinct()], ["kms:Decrypt"], viaSsm),
                new KeyUser("PublishersEncryptThroughSsm", publisherRoleArns, ["kms:Encrypt", "kms:GenerateDataKey"], viaSsm),
                new KeyUser("DeployerWritesThroughSsm", [KeyPolicyDocument.AccountRoot(account)], ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"], viaSsm),
            ]).ToJson(),
        });
    }

    /// <summary>The service account signing key (kubeadm's sa.key and sa.pub), protected like a CA key: replacing it invalidates every service account token issued with it.</summary>
    private StoredKeyPair NewServiceAccountKey(SecureParameterStore store, string clusterName)
    {
        var scope = Scope.Child("service-account");
        var key = PkiKey.Create(scope, new ResourceOptions { Protect = true });
        return new StoredKeyPair(
            key.PublicKeyPem,
            key.PrivateKeyPem,
            store.Put(scope, "pub-parameter", $"{Paths.ControlPlane}/sa.pub", key.PublicKeyPem, $"Service account signing key of {clusterName}: public key"),
            store.Put(scope, "key-parameter", $"{Paths.ControlPlane}/sa.key", key.PrivateKeyPem, $"Service account signing key of {clusterName}: private key"));
    }

    private static void Validate(ClusterPkiArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!ClusterNameRule.IsValid(args.ClusterName))
        {
            throw new ArgumentException($"cluster name '{args.ClusterName}' is not valid in SSM paths and KMS aliases: {ClusterNameRule.Requirement}", nameof(args));
        }

        if (!ParameterPathRule.IsValid(args.ParameterPathPrefix))
        {
            throw new ArgumentException($"parameter path prefix '{args.ParameterPathPrefix}' is not an SSM path: {ParameterPathRule.Requirement}", nameof(args));
        }

        ValidateMembers(args.EtcdMembers);
        ValidateValidity(args.Validity);
    }

    private static void ValidateMembers(IReadOnlyList<EtcdMemberIdentity> members)
    {
        if (members is null || members.Count == 0)
        {
            throw new ArgumentException("etcd members are empty: give each member (name, private IP, DNS name) so its certificate can name it", nameof(members));
        }

        foreach (var member in members)
        {
            if (!ClusterNameRule.IsValid(member.Name))
            {
                throw new ArgumentException($"etcd member name '{member.Name}' is not valid in SSM paths: {ClusterNameRule.Requirement}", nameof(members));
            }

            if (member.PrivateIp.IsKnown && !IsIpAddress(member.PrivateIp.KnownValue!))
            {
                throw new ArgumentException($"etcd member '{member.Name}' has private IP '{member.PrivateIp.KnownValue}', which is not an IP address: give its address, e.g. '10.0.1.10'", nameof(members));
            }

            if (member.DnsName.IsKnown && string.IsNullOrWhiteSpace(member.DnsName.KnownValue))
            {
                throw new ArgumentException($"etcd member '{member.Name}' has an empty DNS name: give the name peers and the API server dial, e.g. '{member.Name}.etcd.internal'", nameof(members));
            }
        }

        if (members.GroupBy(m => m.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new ArgumentException($"etcd member name '{duplicate.Key}' is used {duplicate.Count()} times: give each member its own name", nameof(members));
        }
    }

    /// <summary>
    /// An IPv6 address, or an IPv4 address in dotted-quad form: <see cref="IPAddress.TryParse(string, out IPAddress)"/>
    /// also accepts legacy forms such as "10.0.2" (read as 10.0.0.2), which would certify an address nobody meant.
    /// </summary>
    private static bool IsIpAddress(string value) =>
        IPAddress.TryParse(value, out var address)
        && (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 || address.ToString() == value);

    private static void ValidateValidity(CertificateValidity validity)
    {
        ArgumentNullException.ThrowIfNull(validity);
        if (validity.LeafHours <= 0 || validity.LeafHours >= validity.CaHours)
        {
            throw new ArgumentException(
                $"leaf validity of {validity.LeafHours} hours must be positive and shorter than the CA's {validity.CaHours}: a certificate outliving its CA stops verifying when the CA expires",
                nameof(validity));
        }

        if (validity.LeafEarlyRenewalHours < 0 || validity.LeafEarlyRenewalHours >= validity.LeafHours)
        {
            throw new ArgumentException(
                $"early renewal of {validity.LeafEarlyRenewalHours} hours must be at least 0 and shorter than the leaf validity of {validity.LeafHours}: otherwise every deploy would renew",
                nameof(validity));
        }
    }
}
