using Infra.Boot;
using Infra.Emit;
using Infra.Model;
using Infra.Software;

namespace Infra.NodePools;

/// <summary>
/// The NVIDIA driver and container toolkit of a GPU node, installed at boot with apt, the only apt use at boot:
/// <list type="bullet">
/// <item>the driver from Ubuntu's archive, branch <see cref="DriverBranch"/>: the kernel modules Canonical builds and
/// signs for the running kernel (<c>linux-modules-nvidia-BRANCH-$(uname -r)</c>, no DKMS, no compiler on the node),
/// the headless user-space libraries and <c>nvidia-smi</c>;</item>
/// <item>the toolkit from NVIDIA's repository at exactly <see cref="ToolkitVersion"/>, its signing key checked against
/// <see cref="ToolkitKeyFingerprint"/> before apt may use it.</item>
/// </list>
/// Integrity: apt installs a package only when its SHA-256 matches the index signed by the archive's key (Ubuntu's,
/// already trusted by the image; NVIDIA's, pinned here by fingerprint). What is pinned: the toolkit's exact version
/// (NVIDIA's index keeps every release) and the driver's branch; Ubuntu's index keeps only the newest build of a
/// branch, so the driver's exact version is the archive's on the day a node boots, printed by the boot log. To freeze
/// the exact bits, bake an image by running these steps in an image build (they are idempotent: a baked node skips
/// the downloads) and point the pool at it.
/// </summary>
public sealed class NvidiaGpuSoftware : IPoolBootSteps
{
    /// <summary>The driver's branch (<see cref="DriverPin"/>).</summary>
    public const string DriverBranch = "580-server";

    /// <summary>The toolkit's exact Debian version (<see cref="ToolkitPin"/>).</summary>
    public const string ToolkitVersion = "1.19.1-1";

    /// <summary>Only the branch is pinned: Ubuntu's index keeps only a branch's newest build.</summary>
    public static VersionPin DriverPin { get; } = VersionPin.AptPackage(
        "nvidia-headless-no-dkms",
        DriverBranch,
        "Ubuntu's archive, with linux-modules-nvidia-580-server for the running kernel and nvidia-utils-580-server: an NVIDIA production branch, Ubuntu's \"-server\" (Enterprise Ready Driver) series, which supports the Tesla T4 (g4dn), the A10G (g5) and the toolkit's CUDA containers; the build is the archive's newest of the branch on the day a node boots");

    public static VersionPin ToolkitPin { get; } = VersionPin.AptPackage(
        "nvidia-container-toolkit",
        ToolkitVersion,
        "NVIDIA/nvidia-container-toolkit tag v1.19.1 (2026-05-21, commit 09ceee5d), the newest patch release before 1.20.0; its Debian packages are versioned VERSION-1");

    /// <summary>The packages of the toolkit, all at <see cref="ToolkitVersion"/> (packaging/debian/control: nvidia-container-toolkit requires the others at its own version).</summary>
    public static IReadOnlyList<string> ToolkitPackages { get; } =
        ["nvidia-container-toolkit", "nvidia-container-toolkit-base", "libnvidia-container-tools", "libnvidia-container1"];

    /// <summary>NVIDIA's container toolkit repository (the toolkit's install guide), one folder per Debian architecture.</summary>
    public const string ToolkitRepository = "https://nvidia.github.io/libnvidia-container/stable/deb";

    public const string ToolkitKeyUrl = "https://nvidia.github.io/libnvidia-container/gpgkey";

    /// <summary>The fingerprint of NVIDIA's container toolkit signing key (NVIDIA CORPORATION, long id DDCAE044F796ECB0).</summary>
    public const string ToolkitKeyFingerprint = "C95B321B61E88C1809C4F759DDCAE044F796ECB0";

    /// <summary>Where the checked key is kept, named by the repository's source line (<c>signed-by</c>).</summary>
    public const string ToolkitKeyPath = "/etc/apt/keyrings/nvidia-container-toolkit.asc";

    public const string ToolkitSourcePath = "/etc/apt/sources.list.d/nvidia-container-toolkit.list";

    /// <summary>
    /// 120 s for dpkg's lock: unattended-upgrades runs at a new instance's first boot and holds it for a minute or two;
    /// past that the step's retry takes over.
    /// </summary>
    public const int DpkgLockTimeoutSeconds = 120;

    public static NvidiaGpuSoftware Instance { get; } = new();

    private NvidiaGpuSoftware()
    {
    }

    public string Definitions => $$"""
        # apt_install PACKAGE...: from the image's and NVIDIA's signed indexes, keeping configuration files we wrote.
        apt_install() {
          DEBIAN_FRONTEND=noninteractive apt-get install --yes --no-install-recommends \
            -o DPkg::Lock::Timeout={{DpkgLockTimeoutSeconds}} -o Dpkg::Options::=--force-confold "$@"
        }

        # install_nvidia_driver: Canonical's signed modules for the running kernel, then the driver answers or the step fails.
        install_nvidia_driver() {
          local branch={{DriverBranch}}
          apt-get update -o DPkg::Lock::Timeout={{DpkgLockTimeoutSeconds}}
          apt_install "linux-modules-nvidia-$branch-$(uname -r)" "nvidia-headless-no-dkms-$branch" "nvidia-utils-$branch"
          modprobe nvidia
          nvidia-smi --query-gpu=name,driver_version --format=csv,noheader
        }

        # install_nvidia_toolkit: NVIDIA's repository once its key is the pinned one, then the pinned toolkit.
        install_nvidia_toolkit() {
          local key fingerprint version={{ToolkitVersion}}
          key=$(mktemp)
          curl --fail --silent --show-error --location --max-time 60 --output "$key" {{ToolkitKeyUrl}}
          fingerprint=$(gpg --batch --show-keys --with-colons "$key" | awk -F: '$1 == "fpr" { print $10; exit }')
          if [[ $fingerprint != {{ToolkitKeyFingerprint}} ]]; then
            boot_log "{{ToolkitKeyUrl}} has key $fingerprint, not the pinned {{ToolkitKeyFingerprint}}: nothing installed; check NVIDIA's announcement before changing the pin"
            return 1
          fi
          install -D --mode 0644 "$key" "$root{{ToolkitKeyPath}}"
          rm -f "$key"
          echo "deb [signed-by={{ToolkitKeyPath}}] {{ToolkitRepository}}/$(dpkg --print-architecture) /" > "$root{{ToolkitSourcePath}}"
          apt-get update -o DPkg::Lock::Timeout={{DpkgLockTimeoutSeconds}}
          apt_install {{string.Join(' ', ToolkitPackages.Select(p => $"\"{p}=$version\""))}}
          [[ -x $root{{ContainerdNvidiaRuntime.RuntimeBinary}} ]]
        }

        """;

    public IReadOnlyList<BootStep> Steps { get; } =
    [
        BootStep.Retried("install-nvidia-driver", "install the NVIDIA driver", "install_nvidia_driver"),
        BootStep.Retried("install-nvidia-toolkit", "install the NVIDIA container toolkit", "install_nvidia_toolkit"),
    ];

    /// <summary>containerd's NVIDIA runtime drop-in (<see cref="ContainerdNvidiaRuntime"/>).</summary>
    public IReadOnlyList<OrderedMap> WriteFiles { get; } =
        [NodeBase.WriteFile(ContainerdNvidiaRuntime.Path, "0644", ContainerdNvidiaRuntime.Content)];
}
