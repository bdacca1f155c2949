using Infra.Boot;
using Infra.Emit;
using Infra.EtcdBackup;
using Infra.NodePools;
using Infra.Pki;
using Infra.Software;

namespace Infra.Etcd;

/// <summary>
/// The cloud-init user data of one member's instance. It carries no key material: certificates and the
/// backup settings are fetched at boot from the member's own SSM path with the instance's role, so the
/// user data (readable by anyone with ec2:DescribeInstanceAttribute) names parameters, never their values.
/// Its boot (<see cref="Sequence"/>) waits for the data volume, formats it only if blank (a replaced instance keeps
/// the data of the member it replaces), mounts it at the data directory, installs the pinned etcd release after
/// checking its hash, fetches the member's files, rejoins the running cluster when its data volume came back empty
/// (<see cref="EtcdRejoinScript"/>), and starts etcd and the backup timer; each step retried or waited
/// for, and skipped at a later boot once done (etcd.service, enabled, starts on its own then). It also installs
/// <see cref="EtcdRestoreScript"/>, which only an operator runs.
/// </summary>
public sealed record EtcdMemberBoot
{
    /// <summary>The filesystem label the data volume is formatted with and mounted by.</summary>
    public const string DataVolumeLabel = "etcd-data";

    public const string PrepareDataDiskPath = "/usr/local/sbin/etcd-prepare-data-disk";

    public const string FetchConfigPath = "/usr/local/sbin/etcd-fetch-config";

    private const string SystemdDirectory = "/etc/systemd/system";

    /// <summary>The member's configuration (its data directory, TLS files and command line).</summary>
    public required EtcdMemberConfig Config { get; init; }

    /// <summary>The region the AWS CLI asks SSM in, as plain text.</summary>
    public required string Region { get; init; }

    /// <summary>Each TLS file the member reads, by the SSM parameter it is fetched from (SecureStrings of the PKI).</summary>
    public required IReadOnlyList<(string Parameter, string File, string Mode)> TlsFiles { get; init; }

    /// <summary>The SSM parameter holding the member's <c>/etc/etcd/backup.env</c>.</summary>
    public required string BackupEnvironmentParameter { get; init; }

    /// <summary>The backup script, service and timer every member runs.</summary>
    public required EtcdBackupSchedule Backup { get; init; }

    /// <summary>The pinned etcd release, checked against its SHA-256 (amd64: the member's Ubuntu image and instance type).</summary>
    public SoftwareInstaller Installer { get; init; } = SoftwareInstaller.EtcdMember(CpuArchitecture.Amd64);

    /// <summary>
    /// 10 minutes: the volume is attached by its own resource once the instance runs, usually within a minute;
    /// ten times that is a volume that will not come (wrong zone, still attached elsewhere).
    /// </summary>
    public const int DataVolumeWaitMinutes = 10;

    /// <summary>The boot order of a member. Not in an Auto Scaling group: a failure is reported in the log and the metric.</summary>
    public static BootSequence Sequence { get; } = new()
    {
        Machine = "etcd member",
        InAutoScalingGroup = false,
        Definitions = AwsCliSnap.Function + $"start_etcd() {{\n  systemctl daemon-reload\n  systemctl enable --now {EtcdSystemdUnit.UnitName}.service {EtcdBackupSchedule.UnitName}.timer\n}}\n",
        Steps =
        [
            AwsCliSnap.Step,
            BootStep.WaitedFor("prepare-data-volume", "the etcd data volume, formatted if blank and mounted", TimeSpan.FromMinutes(DataVolumeWaitMinutes), Rooted(PrepareDataDiskPath)),
            BootStep.Retried("install-etcd", "install etcd", Rooted(SoftwareInstaller.InstallPath)),
            BootStep.Retried("fetch-config", "read the member certificates and settings from SSM", Rooted(FetchConfigPath)),
            // After the certificates (it asks the other members with them), before etcd: an empty data volume rejoins.
            BootStep.Retried("rejoin-or-found-cluster", "rejoin the running cluster or found it", Rooted(EtcdRejoinScript.InstallPath)),
            // etcd must never start before its volume is mounted, its binary checked and its certificates in place.
            BootStep.Retried("start-etcd", "start etcd and its backup timer", "start_etcd"),
            CertificateRenewal.StartStep,
        ],
    };

    /// <summary>
    /// Re-reads the member's TLS files every few hours and exports their expiry; etcd itself reads its certificate and
    /// key at every new TLS handshake, so nothing is restarted (see <see cref="CertificateRenewal.Reload"/>).
    /// </summary>
    public CertificateRenewal Renewal => new() { Machine = "etcd member", Region = Region, Files = TlsFiles };

    /// <summary>A script's path under <c>$BOOT_ROOT</c> (empty on the instance, a scratch directory in tests).</summary>
    private static string Rooted(string path) => $"\"$BOOT_ROOT{path}\"";

    /// <summary>The whole <c>#cloud-config</c> document.</summary>
    public string ToCloudConfig()
    {
        var dataDir = Config.DataDir;
        var document = new OrderedMap()
            // nofail: boot never waits on the volume, which attaches after the instance starts; etcd.service requires the mount instead.
            .Add("mounts", new[] { new[] { $"LABEL={DataVolumeLabel}", dataDir, "ext4", "defaults,noatime,nofail", "0", "2" } })
            .Add("write_files", new OrderedMap[]
            {
                NodeBase.WriteFile(PrepareDataDiskPath, "0755", PrepareDataDiskScript(dataDir)),
                NodeBase.WriteFile(SoftwareInstaller.InstallPath, "0755", Installer.Text),
                NodeBase.WriteFile(FetchConfigPath, "0755", FetchConfigScript()),
                NodeBase.WriteFile(EtcdRejoinScript.InstallPath, "0755", EtcdRejoinScript.Render(Config)),
                NodeBase.WriteFile(EtcdRestoreScript.InstallPath, "0755", EtcdRestoreScript.Render(Config)),
                NodeBase.WriteFile($"{SystemdDirectory}/{EtcdSystemdUnit.UnitName}.service", "0644", EtcdSystemdUnit.Render(Config)),
                NodeBase.WriteFile($"{SystemdDirectory}/{EtcdSystemdUnit.UnitName}.service.d/10-data-volume.conf", "0644", $"[Unit]\nRequiresMountsFor={dataDir}\n"),
                NodeBase.WriteFile(EtcdBackupScript.InstallPath, "0755", Backup.Script.Content),
                NodeBase.WriteFile($"{SystemdDirectory}/{EtcdBackupSchedule.UnitName}.service", "0644", Backup.Service.Content),
                NodeBase.WriteFile($"{SystemdDirectory}/{EtcdBackupSchedule.UnitName}.service.d/10-member-tls.conf", "0644", BackupTlsDropIn()),
                NodeBase.WriteFile($"{SystemdDirectory}/{EtcdBackupSchedule.UnitName}.timer", "0644", Backup.Timer.Content),
            }.Concat(Sequence.WriteFiles).Concat(Renewal.WriteFiles).ToArray())
            .Add("runcmd", BootService.StartCommands);
        return "#cloud-config\n" + CloudConfigDialect.Render(document);
    }

    /// <summary>
    /// The member's own certificate has client auth too, so the backup's etcdctl connects with it
    /// (over loopback, which the certificate names) instead of a separate backup client certificate.
    /// </summary>
    private string BackupTlsDropIn() =>
        $"[Service]\nEnvironment=ETCDCTL_CACERT={Config.Tls.TrustedCaFile}\nEnvironment=ETCDCTL_CERT={Config.Tls.CertFile}\nEnvironment=ETCDCTL_KEY={Config.Tls.KeyFile}\nEnvironment=ETCDCTL_ENDPOINTS=https://127.0.0.1:{Config.Member.Ports.Client}\n";

    /// <summary>
    /// On Nitro instances every EBS volume is an NVMe device named in discovery order (the requested
    /// /dev/sdf is not a device name), so the volume is found by its stable /dev/disk/by-id link, which
    /// carries the volume id: the one EBS volume that is not the root disk.
    /// </summary>
    private static string PrepareDataDiskScript(string dataDir) => $$"""
        #!/usr/bin/env bash
        # Finds the member's data volume, formats it only if it is blank, and mounts it at {{dataDir}}.
        # The volume is attached after the instance starts: the boot step runs this until it succeeds.
        set -euo pipefail
        root_source=$(findmnt --noheadings --output SOURCE /)
        root_disk=$(lsblk --noheadings --nodeps --output PKNAME "$root_source" || true)
        root_disk=${root_disk:-$(basename "$root_source")}
        device=""
        for link in /dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_vol*; do
          [[ -e "$link" && "$link" != *-part* ]] || continue
          candidate=$(readlink -f "$link")
          if [[ "$(basename "$candidate")" != "$root_disk" ]]; then
            device=$candidate
          fi
        done
        [[ -n "$device" ]] || { echo "the etcd data volume is not attached yet" >&2; exit 1; }
        # blkid fails on a device without a filesystem: only a new volume is formatted, never a member's data.
        if ! blkid "$device" >/dev/null; then
          mkfs.ext4 -L {{DataVolumeLabel}} "$device"
          udevadm settle
        fi
        mkdir -p {{dataDir}}
        mountpoint -q {{dataDir}} || mount {{dataDir}}
        chmod 0700 {{dataDir}}

        """;

    private string FetchConfigScript()
    {
        var fetches = TlsFiles
            .Select(f => $"fetch {f.Parameter} {f.File} {f.Mode}")
            .Append($"fetch {BackupEnvironmentParameter} {EtcdBackupScript.EnvironmentPath} 0600");
        return $$"""
            #!/usr/bin/env bash
            # Writes the member's certificates and backup settings from its own SSM path (SecureStrings are decrypted by SSM).
            # The boot step retries it as a whole: a new instance profile can take a minute to be usable.
            set -euo pipefail
            export AWS_DEFAULT_REGION={{Region}}

            # fetch PARAMETER FILE MODE
            fetch() {
              local value
              value=$(aws ssm get-parameter --with-decryption --name "$1" --query Parameter.Value --output text)
              install -D --mode "$3" /dev/null "$2"
              printf '%s\n' "$value" > "$2"
            }

            {{string.Join('\n', fetches)}}

            """;
    }
}
