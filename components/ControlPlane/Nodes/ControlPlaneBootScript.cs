using System.Globalization;

namespace Infra.ControlPlane.Nodes;

/// <summary>
/// The script that turns a booted instance into a control-plane member:
/// <list type="number">
/// <item>writes every parameter under the control-plane PKI path to the file of the same relative name under
/// <c>/etc/kubernetes/pki</c> (cluster, front-proxy and etcd CA certificates, CA keys, service account key,
/// etcd client certificate), so all members share one CA and no certificate travels through the cluster;</item>
/// <item>fills the Secrets key's ARN into the KMS plugin's template, and the join token and CA pin into the join file;</item>
/// <item>joins if the API already answers at the cluster endpoint; otherwise the node in the initializing zone
/// runs <c>kubeadm init</c>, and the others wait for the API (at most <see cref="ApiWaitMinutes"/> minutes) and join.</item>
/// </list>
/// Only one zone may initialize, so two first nodes can never create two clusters. An init on an existing etcd
/// (every API server lost at once, then the initializing zone's node returns first) re-creates the kubeadm
/// configuration objects over the existing ones, which is kubeadm's own recovery path.
/// </summary>
public sealed record ControlPlaneBootScript
{
    /// <summary>Where cloud-init writes the script; its last command runs it.</summary>
    public const string InstallPath = "/usr/local/sbin/control-plane-boot";

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
    /// 30 minutes: the initializing node installs packages, pulls images and runs kubeadm init in about 5-10 minutes;
    /// three times that covers a slow image pull, and past it a node fails visibly instead of waiting forever.
    /// </summary>
    public const int ApiWaitMinutes = 30;

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

    /// <summary>Commands run after a successful init or join, e.g. enabling the join-token publisher's timer.</summary>
    public IReadOnlyList<string> AfterKubeadm { get; init; } = [];

    public string Text => $$"""
        #!/usr/bin/env bash
        # Makes this instance a control-plane member: certificates from SSM, then kubeadm init or join.
        set -euo pipefail
        export AWS_DEFAULT_REGION={{Region}}
        # Empty on nodes; a scratch directory when the script is exercised in tests.
        readonly root=${CONTROL_PLANE_ROOT:-}
        readonly pki_path={{PkiPath}}
        readonly api_endpoint={{ApiEndpoint}}
        readonly init_zone={{InitZone}}

        imds() {
          local token
          token=$(curl --fail --silent --request PUT --header 'X-aws-ec2-metadata-token-ttl-seconds: 60' http://169.254.169.254/latest/api/token)
          curl --fail --silent --header "X-aws-ec2-metadata-token: $token" "http://169.254.169.254/latest/meta-data/$1"
        }

        # parameter NAME: its decrypted value, retried while the instance profile becomes usable.
        parameter() {
          for attempt in $(seq 1 30); do
            if aws ssm get-parameter --with-decryption --name "$1" --query Parameter.Value --output text; then
              return 0
            fi
            echo "waiting for SSM parameter $1 (attempt $attempt)" >&2
            sleep 10
          done
          echo "could not read SSM parameter $1" >&2
          return 1
        }

        fetch_pki() {
          local names name file
          names=$(aws ssm get-parameters-by-path --path "$pki_path" --recursive --query 'Parameters[].Name' --output text)
          [[ -n "$names" ]] || { echo "no certificates under $pki_path" >&2; return 1; }
          for name in $names; do
            file=$root/etc/kubernetes/pki/${name#"$pki_path"/}
            install -D --mode 0600 /dev/null "$file"
            parameter "$name" > "$file"
            [[ "$file" == *.key ]] || chmod 0644 "$file"
          done
        }

        api_ready() {
          curl --fail --silent --max-time 5 --cacert "$root/etc/kubernetes/pki/ca.crt" "https://$api_endpoint/readyz" > /dev/null
        }

        join() {
          local token ca_cert_hash
          token=$(parameter {{TokenParameter}})
          ca_cert_hash=$(parameter {{CaCertHashParameter}})
          install --mode 0600 /dev/null "$root/etc/kubeadm/join.yaml"
          sed -e "s|{{TokenPlaceholder}}|$token|g" -e "s|{{CaCertHashPlaceholder}}|$ca_cert_hash|g" "$root{{JoinTemplatePath}}" > "$root/etc/kubeadm/join.yaml"
          kubeadm join --config "$root/etc/kubeadm/join.yaml"
        }

        fetch_pki
        zone=$(imds placement/availability-zone)
        key_arn=$(parameter {{KeyArnParameter}})
        mkdir -p "$root{{KmsPluginPod.ManifestDirectory}}"
        sed "s|{{KmsPluginPod.KeyArnPlaceholder}}|$key_arn|" "$root{{KmsPluginTemplatePath}}" > "$root{{KmsPluginPod.ManifestPath}}"

        if api_ready; then
          join
        elif [[ "$zone" == "$init_zone" ]]; then
          kubeadm init --config "$root{{InitConfigPath}}" --skip-token-print
        else
          for attempt in $(seq 1 {{ApiWaitMinutes * 6}}); do
            api_ready && break
            echo "waiting for the API at $api_endpoint, initialized from $init_zone (attempt $attempt)" >&2
            sleep 10
          done
          api_ready || { echo "the API at $api_endpoint did not answer within {{ApiWaitMinutes}} minutes" >&2; exit 1; }
          join
        fi
        {{string.Join('\n', AfterKubeadm)}}

        """;
}
