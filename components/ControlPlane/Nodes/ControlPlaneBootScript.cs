using System.Globalization;
using Infra.Boot;
using Infra.ControlPlane.Kubeadm;
using Infra.NodePools;

namespace Infra.ControlPlane.Nodes;

/// <summary>
/// The boot of a control-plane node as data (<see cref="Sequence"/>), after the steps every node runs
/// (<see cref="NodeBootSteps"/>):
/// <list type="number">
/// <item><c>fetch-pki</c>: every parameter under the control-plane PKI path to the file of the same relative name
/// under <c>/etc/kubernetes/pki</c> (cluster, front-proxy and etcd CA certificates, CA keys, service account key,
/// etcd client certificate), so all members share one CA and no certificate travels through the cluster;</item>
/// <item><c>render-kms-plugin</c>: the Secrets key's ARN into the KMS plugin's static pod;</item>
/// <item><c>wait-for-etcd</c>: a majority of every etcd cluster the API server uses (<see cref="Etcd"/>, and the
/// events cluster <see cref="EventsEtcdServers"/>) answers <c>/health</c> with the API server's own etcd client
/// certificate, at most <see cref="EtcdWaitMinutes"/> minutes: <c>kubeadm init</c> never races etcd;</item>
/// <item><c>wait-for-api</c>: a node outside the initializing zone waits for the API (at most
/// <see cref="ApiWaitMinutes"/> minutes);</item>
/// <item><c>init-or-join</c>: joins if the API answers at the cluster endpoint; otherwise the node in the
/// initializing zone runs <c>kubeadm init</c>. Retried: a run that stopped midway is reset first (kubeadm reset
/// leaves the external etcd alone) and the certificates and KMS manifest it removes are put back;</item>
/// <item><c>after-kubeadm</c>: e.g. the join-token publisher's timer.</item>
/// </list>
/// Only one zone may initialize, so two first nodes can never create two clusters. An init on an existing etcd
/// (every API server lost at once, then the initializing zone's node returns first) re-creates the kubeadm
/// configuration objects over the existing ones, which is kubeadm's own recovery path.
/// </summary>
public sealed record ControlPlaneBootScript
{
    /// <summary>The kubeadm init file, used as written.</summary>
    public const string InitConfigPath = "/etc/kubeadm/init.yaml";

    /// <summary>The templates the script fills in (the join file it renders is 0600: it holds a token).</summary>

    public const string JoinTemplatePath = "/etc/kubeadm/join.yaml.template";

    public const string KmsPluginTemplatePath = "/etc/kubeadm/aws-encryption-provider.yaml.template";

    /// <summary>Placeholders the script replaces in the templates.</summary>
    public const string TokenPlaceholder = "@JOIN_TOKEN@";

    /// <summary>Shaped like a pin so the typed join configuration accepts it; replaced whole by the pin read from SSM.</summary>
    public const string CaCertHashPlaceholder = "sha256:@CA_CERT_HASH@";

    /// <summary>
    /// 30 minutes: the initializing node installs software, pulls images and runs kubeadm init in about 5-10 minutes;
    /// three times that covers a slow image pull, and past it a node fails visibly instead of waiting forever.
    /// </summary>
    public const int ApiWaitMinutes = 30;

    /// <summary>
    /// 30 minutes: etcd members are created before the control plane (it depends on them) and take 2-5 minutes to
    /// install and start; their data volume alone may take up to 10 minutes to attach. Three times the slow case.
    /// </summary>
    public const int EtcdWaitMinutes = 30;

    public required string Region { get; init; }

    /// <summary>The SSM path holding the control-plane PKI (<c>PkiPaths.ControlPlane</c>).</summary>
    public required string PkiPath { get; init; }

    /// <summary>The SSM parameter holding the Secrets key's ARN.</summary>
    public required string KeyArnParameter { get; init; }

    /// <summary>The API host and port every member joins through (<c>ClusterDomain.ApiEndpoint</c>).</summary>
    public required string ApiEndpoint { get; init; }

    /// <summary>The one zone whose node may run <c>kubeadm init</c>.</summary>
    public required string InitZone { get; init; }

    /// <summary>The SSM parameter with a current bootstrap token (kept fresh by the join-token publisher).</summary>
    public required string TokenParameter { get; init; }

    /// <summary>The SSM parameter with the cluster CA's public key pin.</summary>
    public required string CaCertHashParameter { get; init; }

    /// <summary>The main etcd cluster as the API server reaches it: the ClusterConfiguration's own (servers and client certificate).</summary>
    public required ExternalEtcd Etcd { get; init; }

    /// <summary>The events cluster's client URLs when Events have their own cluster (the <c>--etcd-servers-overrides</c> servers).</summary>
    public IReadOnlyList<string> EventsEtcdServers { get; init; } = [];

    /// <summary>Commands run after a successful init or join, e.g. enabling the join-token publisher's timer.</summary>
    public IReadOnlyList<string> AfterKubeadm { get; init; } = [];

    /// <summary>The boot order: the node steps, then the control plane's own.</summary>
    public BootSequence Sequence => new()
    {
        Machine = "control-plane node",
        InAutoScalingGroup = true,
        Definitions = NodeBootSteps.Functions + Definitions,
        Steps =
        [
            .. NodeBootSteps.Steps,
            BootStep.Retried("fetch-pki", "read the control-plane certificates from SSM", "fetch_pki"),
            BootStep.Retried("render-kms-plugin", "fill the Secrets key into the KMS plugin", "render_kms_plugin"),
            BootStep.WaitedFor("wait-for-etcd", "a majority of every etcd cluster to answer", TimeSpan.FromMinutes(EtcdWaitMinutes), "etcd_quorum"),
            BootStep.WaitedFor("wait-for-api", $"the API at {ApiEndpoint} unless this node initializes it", TimeSpan.FromMinutes(ApiWaitMinutes), "api_ready_or_initializing"),
            BootStep.Retried("init-or-join", "kubeadm init or join", "init_or_join"),
            .. AfterKubeadm.Count == 0 ? [] : new[] { BootStep.Retried("after-kubeadm", "start what runs once the node is a member", "after_kubeadm") },
        ],
    };

    /// <summary>The boot script (<see cref="BootSequence.Script"/>).</summary>
    public string Text => Sequence.Script;

    private string EtcdClusters => string.Join(' ', new[] { Etcd.Endpoints, EventsEtcdServers }
        .Where(servers => servers.Count > 0)
        .Select(servers => $"'{string.Join(' ', servers)}'"));

    private string Definitions => $$"""
        export AWS_DEFAULT_REGION={{Region}}
        # Empty on nodes; a scratch directory when the script is exercised in tests.
        readonly root=$BOOT_ROOT
        readonly pki_path={{PkiPath}}
        readonly api_endpoint={{ApiEndpoint}}
        readonly init_zone={{InitZone}}
        # Every etcd cluster the API server uses (the main one, then Events' own), its members' client URLs.
        readonly etcd_clusters=({{EtcdClusters}})

        fetch_pki() {
          local names name file
          names=$(aws ssm get-parameters-by-path --path "$pki_path" --recursive --query 'Parameters[].Name' --output text)
          [[ -n "$names" ]] || { echo "no certificates under $pki_path" >&2; return 1; }
          for name in $names; do
            file=$root/etc/kubernetes/pki/${name#"$pki_path"/}
            install -D --mode 0600 /dev/null "$file"
            aws ssm get-parameter --with-decryption --name "$name" --query Parameter.Value --output text > "$file"
            [[ "$file" == *.key ]] || chmod 0644 "$file"
          done
        }

        render_kms_plugin() {
          local key_arn
          key_arn=$(aws ssm get-parameter --with-decryption --name {{KeyArnParameter}} --query Parameter.Value --output text)
          mkdir -p "$root{{KmsPluginPod.ManifestDirectory}}"
          sed "s|{{KmsPluginPod.KeyArnPlaceholder}}|$key_arn|" "$root{{KmsPluginTemplatePath}}" > "$root{{KmsPluginPod.ManifestPath}}"
        }

        etcd_member_healthy() {
          local answer
          answer=$(curl --fail --silent --max-time 5 --cacert "$root{{Etcd.CaFile}}" --cert "$root{{Etcd.CertFile}}" --key "$root{{Etcd.KeyFile}}" "$1/health")
          [[ "$answer" == *'"health":"true"'* ]]
        }

        # etcd_quorum: a majority of the members of every etcd cluster answers healthy.
        etcd_quorum() {
          local cluster member healthy total
          for cluster in "${etcd_clusters[@]}"; do
            healthy=0
            total=0
            for member in $cluster; do
              total=$((total + 1))
              if etcd_member_healthy "$member"; then healthy=$((healthy + 1)); fi
            done
            if ((healthy * 2 <= total)); then
              echo "etcd: $healthy of $total members healthy ($cluster)" >&2
              return 1
            fi
          done
        }

        api_ready() {
          curl --fail --silent --max-time 5 --cacert "$root/etc/kubernetes/pki/ca.crt" "https://$api_endpoint/readyz" > /dev/null
        }

        initializing() {
          [[ "$(imds placement/availability-zone)" == "$init_zone" ]]
        }

        api_ready_or_initializing() {
          initializing || api_ready
        }

        join() {
          local token ca_cert_hash
          token=$(aws ssm get-parameter --with-decryption --name {{TokenParameter}} --query Parameter.Value --output text)
          ca_cert_hash=$(aws ssm get-parameter --with-decryption --name {{CaCertHashParameter}} --query Parameter.Value --output text)
          install --mode 0600 /dev/null "$root/etc/kubeadm/join.yaml"
          sed -e "s|{{TokenPlaceholder}}|$token|g" -e "s|{{CaCertHashPlaceholder}}|$ca_cert_hash|g" "$root{{JoinTemplatePath}}" > "$root/etc/kubeadm/join.yaml"
          kubeadm join --config "$root/etc/kubeadm/join.yaml"
        }

        # A kubeadm run that stopped midway leaves kubeconfigs and manifests the next run's preflight refuses. kubeadm
        # reset removes them (and the contents of /etc/kubernetes/pki and manifests, but not the external etcd's
        # data: kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-reset), so the certificates and the KMS
        # plugin's manifest are put back.
        reset_half_done_kubeadm() {
          if [[ -e "$root/etc/kubernetes/kubelet.conf" || -e "$root{{KmsPluginPod.ManifestDirectory}}/kube-apiserver.yaml" ]]; then
            echo "a previous kubeadm run stopped midway: resetting it" >&2
            kubeadm reset --force
            fetch_pki
            render_kms_plugin
          fi
        }

        init_or_join() {
          reset_half_done_kubeadm
          if api_ready; then
            join
          elif initializing; then
            kubeadm init --config "$root{{InitConfigPath}}" --skip-token-print
          else
            echo "the API at $api_endpoint, initialized from $init_zone, stopped answering" >&2
            return 1
          fi
        }

        {{AfterKubeadmFunction}}
        """;

    private string AfterKubeadmFunction => AfterKubeadm.Count == 0
        ? ""
        : $"after_kubeadm() {{\n{string.Concat(AfterKubeadm.Select(command => $"  {command}\n"))}}}\n";
}
