namespace Infra.Etcd;

/// <summary>
/// The boot step that keeps a member with an empty data volume (a lost volume, or a volume wiped by hand) from
/// founding a second cluster: before etcd starts, it asks the other members whether their cluster exists and, if
/// so, re-registers this member in it and makes etcd start with <c>--initial-cluster-state=existing</c>. The
/// rendered unit stays the one source of every other flag: it reads only <see cref="StateVariable"/> from
/// <see cref="StateFilePath"/>.
/// </summary>
public static class EtcdRejoinScript
{
    public const string InstallPath = "/usr/local/sbin/etcd-rejoin";

    /// <summary>The file the script writes and the unit reads (an optional <c>EnvironmentFile</c>).</summary>
    public const string StateFilePath = "/etc/etcd/initial-cluster-state.env";

    /// <summary>
    /// The variable the unit's <c>--initial-cluster-state</c> takes. Not <c>ETCD_*</c>: etcd reads those itself
    /// and warns that the command-line flag shadows them.
    /// </summary>
    public const string StateVariable = "INITIAL_CLUSTER_STATE";

    /// <summary>The state the unit starts with when the script wrote nothing: a member of a cluster being founded.</summary>
    public const string NewCluster = "new";

    public const string ExistingCluster = "existing";

    /// <summary>Where the pinned release's etcdctl is installed, beside etcd.</summary>
    public const string DefaultEtcdctl = "/usr/local/bin/etcdctl";

    /// <summary>
    /// 3 tries, 5 s apart, to reach the others: a cluster that answers none of them is taken as absent. A false
    /// "absent" only costs a restart loop (peers refuse a member of another cluster ID), never data, so this stays
    /// short for the first boot of a new cluster, where nobody can answer until a quorum has started. The same 3
    /// tries cover <c>member add</c> right after the stale member's removal, which etcd refuses as "unhealthy
    /// cluster" until the remaining members have been connected for its 5 s health interval.
    /// </summary>
    public const int Attempts = 3;

    /// <summary>Seconds between tries: etcd's reconfiguration health interval (5 s).</summary>
    public const int PauseSeconds = 5;

    /// <summary>
    /// The script for <paramref name="config"/>'s member. The state file and etcdctl are taken from
    /// <c>INITIAL_CLUSTER_STATE_FILE</c> and <c>ETCDCTL</c> when set (tests point them at a scratch file and the
    /// test's etcdctl). Safe to repeat: a member added but never started (a retry after <c>member add</c>) is kept,
    /// and once the data directory holds a member nothing is asked or written.
    /// </summary>
    public static string Render(EtcdMemberConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var member = config.Member;
        var others = string.Join(',', config.Layout.Members.Where(m => m.Name != member.Name).Select(m => m.ClientUrl));
        return $$"""
            #!/usr/bin/env bash
            # Decides how etcd member {{member.Name}} starts. With data in {{config.DataDir}} it simply restarts. Without, it
            # rejoins the cluster the other members still run (the stale member of its name removed, itself added back)
            # or, when none of them answers, founds the cluster with the others as rendered.
            set -euo pipefail
            state_file=${INITIAL_CLUSTER_STATE_FILE:-{{StateFilePath}}}
            etcdctl=${ETCDCTL:-{{DefaultEtcdctl}}}
            name={{member.Name}}
            peer_url={{member.PeerUrl}}

            if [[ -d {{config.DataDir}}/member ]]; then
              echo "etcd member $name has data: it restarts as it was"
              exit 0
            fi

            # The member's own certificate has client auth, so it asks the others with it.
            ask() {
              "$etcdctl" --endpoints={{others}} --cacert={{config.Tls.TrustedCaFile}} \
                --cert={{config.Tls.CertFile}} --key={{config.Tls.KeyFile}} --dial-timeout=3s --command-timeout=10s "$@"
            }

            write_state() {
              install -D --mode 0644 /dev/null "$state_file"
              printf '{{StateVariable}}=%s\n' "$1" > "$state_file"
            }

            # patiently COMMAND...: runs COMMAND up to {{Attempts}} times, {{PauseSeconds}} s apart, until it succeeds.
            patiently() {
              local attempt
              for attempt in $(seq 1 {{Attempts}}); do
                "$@" && return 0
                [[ $attempt -eq {{Attempts}} ]] || sleep {{PauseSeconds}}
              done
              return 1
            }

            if ! members=$(patiently ask member list --write-out=simple); then
              echo "no other member of {{config.Layout.Token}} answers: $name founds the cluster"
              write_state {{NewCluster}}
              exit 0
            fi

            # member list --write-out=simple: ID, STATUS, NAME, PEER ADDRS, CLIENT ADDRS, IS LEARNER.
            # A member added but never started has no name yet, so this member is also found by its peer URL.
            mine=$(awk -F', ' -v name="$name" -v url="$peer_url" '$3 == name || $4 == url' <<<"$members")
            if [[ -n "$mine" && "$(awk -F', ' 'NR == 1 { print $2 }' <<<"$mine")" == unstarted ]]; then
              echo "the cluster already waits for $name: it joins"
            else
              while read -r id; do
                [[ -n "$id" ]] || continue
                echo "removing the stale member $id of $name"
                ask member remove "$id"
              done < <(awk -F', ' '{ print $1 }' <<<"$mine")
              patiently ask member add "$name" --peer-urls="$peer_url"
            fi
            write_state {{ExistingCluster}}

            """;
    }
}
