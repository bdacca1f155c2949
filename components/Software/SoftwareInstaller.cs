using System.Text;
using System.Text.RegularExpressions;

namespace Infra.Software;

/// <summary>
/// The script that installs pinned software on a machine of one architecture, written by cloud-init to
/// <see cref="InstallPath"/> and run by the boot (and, unchanged, by an image build: see the control plane's README).
/// For each artifact in order: skip it if its marker (<c>/var/lib/infra/software/NAME-VERSION-SHA256</c>) lists files
/// that are all in place; otherwise download it with curl (retried, <see cref="CurlOptions"/>), check its SHA-256 with
/// <c>sha256sum --check --strict</c> before anything is unpacked, install each file as a temporary file renamed over
/// the target (a running binary keeps its old inode; a crash leaves the old file or the new one, never half of one),
/// then write the marker. A failure stops the script with one line naming the artifact, the URL and what to do.
/// </summary>
public sealed partial record SoftwareInstaller(IReadOnlyList<PinnedArtifact> Artifacts, CpuArchitecture Architecture)
{
    /// <summary>Where cloud-init writes the script (a name fixed across the parallel work).</summary>
    public const string InstallPath = "/usr/local/sbin/infra-install-software";

    /// <summary>Where the markers of installed artifacts live.</summary>
    public const string MarkerDirectory = "/var/lib/infra/software";

    /// <summary>Set to a directory, the script installs under it instead of <c>/</c> (tests, image builds into a mounted root).</summary>
    public const string RootVariable = "INFRA_SOFTWARE_ROOT";

    /// <summary>
    /// curl's retry: 8 retries with curl's own backoff (1 s doubling, capped at 10 min), every error retried (a reset
    /// connection or a 5xx from a release CDN is the usual transient), at most 15 minutes in all, 10 s to connect.
    /// The whole node software is a few hundred megabytes, seconds through a NAT gateway, so 15 minutes of retry is
    /// all outage and no transfer: past it the boot fails visibly instead of waiting on a release host.
    /// </summary>
    public const string CurlOptions = "--fail --silent --show-error --location --retry 8 --retry-all-errors --retry-max-time 900 --connect-timeout 10";

    /// <summary>Everything a Kubernetes node runs (<see cref="UpstreamPins.KubernetesNode"/>).</summary>
    public static SoftwareInstaller KubernetesNode(CpuArchitecture architecture) => new(UpstreamPins.KubernetesNode, architecture);

    /// <summary>What an etcd member runs (<see cref="UpstreamPins.EtcdMember"/>).</summary>
    public static SoftwareInstaller EtcdMember(CpuArchitecture architecture) => new(UpstreamPins.EtcdMember, architecture);

    /// <summary>The script.</summary>
    public string Text => Header() + string.Concat(Artifacts.Select(Call)) + "echo \"pinned software in place\"\n";

    private string Header() => $$"""
        #!/usr/bin/env bash
        # Installs pinned software ({{Architecture}}) from upstream release files, each checked against its SHA-256 first.
        # Idempotent: an artifact whose marker names its version and checksum, with every file it installed in place, is
        # skipped, so a reboot, or an image baked with this same script, downloads nothing.
        set -euo pipefail
        # Empty on machines; a scratch directory in tests or an image build's mounted root.
        readonly root=${{{RootVariable}}:-}
        readonly markers=$root{{MarkerDirectory}}
        work=$(mktemp -d)
        readonly work
        trap 'rm -rf "$work"' EXIT

        fail() {
          echo "infra-install-software: $*" >&2
          exit 1
        }

        machine=$(uname -m)
        [[ $machine == {{Architecture.Machine}} ]] || fail "this installer carries {{Architecture}} ({{Architecture.Machine}}) downloads but the machine is $machine: give the pool an image and instance types of one architecture"

        # installed MARKER: the marker exists and every file it lists is in place.
        installed() {
          local file
          [[ -s $1 ]] || return 1
          while IFS= read -r file; do
            [[ -x $root$file ]] || return 1
          done < "$1"
        }

        # place SOURCE DESTINATION: a temporary file beside the destination, renamed over it.
        place() {
          install -D --mode 0755 "$1" "$root$2.infra-new"
          mv -f "$root$2.infra-new" "$root$2"
        }

        # install_artifact NAME VERSION SHA256 URL PACKAGING TARGET
        #   binary: the download is the executable, installed as TARGET
        #   archive: every executable in the gzipped tar is installed into the directory TARGET under its own name
        install_artifact() {
          local name=$1 version=$2 sha256=$3 url=$4 packaging=$5 target=$6
          local marker=$markers/$name-$version-$sha256 download=$work/$name file i
          local -a sources=() destinations=()
          if installed "$marker"; then
            echo "$name $version already installed"
            return 0
          fi
          curl {{CurlOptions}} --output "$download" "$url" \
            || fail "$name $version: could not download $url: check the machine's HTTPS egress to that host, or bake the software into the image"
          echo "$sha256  $download" | sha256sum --check --strict --status \
            || fail "$name $version: $url does not have the pinned SHA-256 $sha256; nothing installed: compare the pin with the release's published checksums"
          if [[ $packaging == binary ]]; then
            sources=("$download")
            destinations=("$target")
          else
            mkdir "$download.d"
            tar --extract --gzip --file "$download" --directory "$download.d" --no-same-owner \
              || fail "$name $version: $url is not a gzipped tar: check the pin's packaging"
            while IFS= read -r -d '' file; do
              sources+=("$file")
              destinations+=("$target/${file##*/}")
            done < <(find "$download.d" -type f -perm -u+x -print0 | sort -z)
            (( ${#sources[@]} > 0 )) || fail "$name $version: $url holds no executable: check the pin's packaging"
          fi
          for i in "${!sources[@]}"; do
            place "${sources[$i]}" "${destinations[$i]}"
          done
          mkdir -p "$markers"
          printf '%s\n' "${destinations[@]}" > "$marker.infra-new"
          mv -f "$marker.infra-new" "$marker"
          echo "$name $version installed"
        }

        """;

    private string Call(PinnedArtifact artifact)
    {
        var download = artifact.For(Architecture);
        string[] arguments = [artifact.Name, artifact.Version, download.Sha256, download.Url, artifact.Packaging == ArtifactPackaging.Binary ? "binary" : "archive", artifact.Target];
        var unsafeArgument = arguments.FirstOrDefault(argument => !ShellWord().IsMatch(argument));
        if (unsafeArgument is not null)
        {
            throw new ArgumentException($"pin {artifact.Name}: '{unsafeArgument}' has characters the installer will not put on a command line (letters, digits and ._:/+- only)", nameof(artifact));
        }

        return new StringBuilder("install_artifact ").AppendJoin(' ', arguments).Append('\n').ToString();
    }

    /// <summary>Words that need no quoting in bash.</summary>
    [GeneratedRegex("^[A-Za-z0-9._:/+-]+$")]
    private static partial Regex ShellWord();
}
